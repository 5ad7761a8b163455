package com.warrantyportal.infrastructure.security;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import com.warrantyportal.infrastructure.TokenBucketTables;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one e-mail address, that address
 * is refused until {@link #WINDOW} after its first failure has passed. Counted per typed address whether or not an
 * account has it, so the refusal tells nothing about which accounts exist. The counts are token buckets in the
 * {@code sign_in_bucket} table (Bucket4j, a row lock per address), so every instance of the portal sees the same
 * ones; a row is keyed by a hash of the address, never the address itself.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final BucketConfiguration FAILURES = BucketConfiguration.builder()
		.addLimit(limit -> limit.capacity(MAX_FAILURES).refillIntervally(MAX_FAILURES, WINDOW))
		.build();

	private final MySQLSelectForUpdateBasedProxyManager<String> buckets;

	LoginThrottle(DataSource dataSource) {
		this.buckets = TokenBucketTables.in(dataSource, "sign_in_bucket");
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		bucketOf(key(String.valueOf(event.getAuthentication().getName()))).tryConsume(1);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		buckets.removeProxy(key(event.getAuthentication().getName()));
	}

	boolean isBlocked(String email) {
		String key = key(email);
		// An address without failures has no row; looking does not create one.
		return buckets.getProxyConfiguration(key).isPresent() && bucketOf(key).getAvailableTokens() < 1;
	}

	/** Rows of addresses whose window has passed go, a thousand at a time, on one instance. */
	@Scheduled(fixedDelayString = "${warranty.sign-in-throttle.cleanup-interval:10m}", initialDelayString = "1m")
	@SchedulerLock(name = "sign-in-bucket-cleanup", lockAtMostFor = "5m")
	void removeExpired() {
		TokenBucketTables.removeExpired(buckets);
	}

	private BucketProxy bucketOf(String key) {
		return buckets.builder().build(key, () -> FAILURES);
	}

	static String key(String email) {
		return TokenBucketTables.key(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
	}
}
