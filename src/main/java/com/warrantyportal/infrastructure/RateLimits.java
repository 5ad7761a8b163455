package com.warrantyportal.infrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client may do something, across every instance of the portal: token buckets in the
 * {@code rate_bucket} table (Bucket4j, a row lock per client and limit). A limit of 0 per minute means no limit.
 */
@Component
public class RateLimits {

	/** How many clients' buckets an instance keeps at hand before it lets them all go. */
	private static final int MOST_KEPT = 10_000;

	private final MySQLSelectForUpdateBasedProxyManager<String> buckets;

	private final Map<Kept, BucketProxy> inUse = new ConcurrentHashMap<>();

	RateLimits(DataSource dataSource) {
		this.buckets = TokenBucketTables.in(dataSource, "rate_bucket");
	}

	/**
	 * The answer to one attempt: allowed, or refused with how long until the next one is, and how many attempts are
	 * left right now.
	 */
	public record Attempt(boolean allowed, Duration retryAfter, long remaining) {

		public Attempt(boolean allowed, Duration retryAfter) {
			this(allowed, retryAfter, allowed ? 1 : 0);
		}

		/** Whole seconds until the next attempt is allowed, at least one. */
		public long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}

		/** Marks a refused attempt's response as HTTP 429 with Retry-After; returns the seconds to show the client. */
		public long refuse(HttpServletResponse response) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds()));
			return retryAfterSeconds();
		}
	}

	/**
	 * Takes one of {@code perMinute} attempts for the client under the named limit (they come back evenly over the
	 * minute, so a client may burst to the whole minute's share and then goes at the limit's pace).
	 */
	public Attempt take(String limit, String client, int perMinute) {
		if (perMinute <= 0) {
			return new Attempt(true, Duration.ZERO, Long.MAX_VALUE);
		}
		if (inUse.size() > MOST_KEPT) {
			inUse.clear();
		}
		// The limit is part of the key: a bucket keeps the limit it was made with, so once the limit is changed (in the
		// configuration, then restarted) a client's row under the old one is not read any more and goes with the rest.
		Kept kept = new Kept(TokenBucketTables.key(limit, String.valueOf(perMinute), client), perMinute);
		ConsumptionProbe probe;
		try {
			probe = inUse.computeIfAbsent(kept, this::bucket).tryConsumeAndReturnRemaining(1);
		}
		catch (RuntimeException ex) {
			if (!(NestedExceptionUtils.getMostSpecificCause(ex) instanceof BucketNotFoundException)) {
				throw ex;
			}
			// A batch of attempts found no row (a new client's first attempts at once, or a row just cleaned up):
			// the batch took nothing, and each attempt on its own creates the row, one after the other.
			probe = buckets.builder().build(kept.key(), () -> configuration(perMinute)).tryConsumeAndReturnRemaining(1);
		}
		return new Attempt(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()),
				probe.getRemainingTokens());
	}

	/**
	 * A client's bucket as this instance reaches it, kept (up to {@link #MOST_KEPT} clients) so that attempts arriving
	 * at once on this instance are sent to the database together, one row lock and one write for all of them (Bucket4j's
	 * batching: the limit stays exact, across instances too).
	 */
	private BucketProxy bucket(Kept kept) {
		BucketConfiguration configuration = configuration(kept.perMinute());
		return buckets.builder().withOptimization(Optimizations.batching()).build(kept.key(), () -> configuration);
	}

	private static BucketConfiguration configuration(int perMinute) {
		return BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

	private record Kept(String key, int perMinute) {
	}

	/** Rows of clients whose buckets are full again go, a thousand at a time, on one instance. */
	@Scheduled(fixedDelayString = "${warranty.rate-limits.cleanup-interval:10m}", initialDelayString = "2m")
	@SchedulerLock(name = "rate-bucket-cleanup", lockAtMostFor = "5m")
	public void removeExpired() {
		TokenBucketTables.removeExpired(buckets);
	}

}
