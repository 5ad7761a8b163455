package com.warrantyportal.infrastructure;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, answered within a second even when the database is down (a load
 * balancer's health check must not hang): the check borrows a connection on a thread of its own and is reported DOWN
 * when that takes longer. A check still waiting for the pool is not started twice. Replaces Spring Boot's own
 * {@code db} indicator, which would wait for the pool's full time-out.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	private static final long ANSWER_WITHIN_MILLIS = 900;

	private final DataSource dataSource;

	private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();

	DatabaseHealth(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Health health() {
		CompletableFuture<Boolean> check = running.get();
		if (check == null || check.isDone()) {
			CompletableFuture<Boolean> fresh = new CompletableFuture<>();
			if (running.compareAndSet(check, fresh)) {
				checker.execute(() -> {
					try {
						fresh.complete(valid());
					}
					catch (RuntimeException ex) {
						fresh.completeExceptionally(ex);
					}
				});
			}
			check = running.get();
		}
		try {
			return check.get(ANSWER_WITHIN_MILLIS, TimeUnit.MILLISECONDS) ? Health.up().build()
					: Health.down().withDetail("error", "The database did not accept a query").build();
		}
		catch (TimeoutException slow) {
			return Health.down().withDetail("error", "The database did not answer within a second").build();
		}
		catch (ExecutionException failed) {
			return Health.down().withDetail("error", String.valueOf(failed.getCause().getMessage())).build();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private boolean valid() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}
}
