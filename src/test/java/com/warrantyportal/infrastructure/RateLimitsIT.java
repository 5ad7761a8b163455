package com.warrantyportal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One client's attempts arriving at once, on one instance and on two, are counted exactly: the attempts an instance
 * sends to the database together (Bucket4j's batching) still take one token each, and a new client's first attempts,
 * batched before its row exists, are neither lost nor refused with an error.
 */
class RateLimitsIT extends MySqlIntegrationTest {

	@Autowired
	RateLimits limits;

	@Autowired
	DataSource dataSource;

	@RepeatedTest(5) // a new client each time: its first attempts race to create its row
	void attemptsArrivingAtOnceOnTwoInstancesAreAllowedExactlyUpToTheLimit() throws Exception {
		String client = "client-" + Fixtures.unique();
		RateLimits otherInstance = new RateLimits(dataSource);
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int n = 0; n < 60; n++) {
			RateLimits instance = n % 2 == 0 ? limits : otherInstance;
			attempts.add(() -> instance.take("test", client, 25).allowed());
		}

		ExecutorService clients = Executors.newFixedThreadPool(12);
		long started = System.nanoTime();
		int allowed = 0;
		try {
			for (Future<Boolean> attempt : clients.invokeAll(attempts)) {
				allowed += attempt.get() ? 1 : 0;
			}
		}
		finally {
			clients.shutdownNow();
		}

		// A token comes back every 2.4 s (25 a minute): on a slow machine the attempts may have earned one or two.
		long refilled = (System.nanoTime() - started) / 2_400_000_000L;
		assertThat(allowed).isBetween(25, 25 + (int) refilled);
		assertThat(limits.take("test", "someone else " + client, 25).allowed()).isTrue();
	}

	@Test
	void aChangedLimitAppliesToClientsWhoReachedTheOldOne() {
		String client = "client-" + Fixtures.unique();
		assertThat(limits.take("test", client, 1).allowed()).isTrue();
		assertThat(limits.take("test", client, 1).allowed()).isFalse();

		RateLimits restartedWithMore = new RateLimits(dataSource);
		assertThat(restartedWithMore.take("test", client, 3).allowed()).isTrue();
		assertThat(restartedWithMore.take("test", client, 3).allowed()).isTrue();
		assertThat(restartedWithMore.take("test", client, 3).allowed()).isTrue();
		assertThat(restartedWithMore.take("test", client, 3).allowed()).isFalse();

		RateLimits restartedWithLess = new RateLimits(dataSource);
		assertThat(restartedWithLess.take("test", client, 2).allowed()).isTrue();
		assertThat(restartedWithLess.take("test", client, 2).allowed()).isTrue();
		assertThat(restartedWithLess.take("test", client, 2).allowed()).as("a fresh two a minute, not three").isFalse();
	}
}
