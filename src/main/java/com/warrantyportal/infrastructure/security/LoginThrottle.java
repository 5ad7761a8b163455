package com.warrantyportal.infrastructure.security;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.infrastructure.TokenBucketTables;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without letting anyone lock an owner out. Failed sign-ins are counted per client
 * address and e-mail address together ({@value #PER_ACCOUNT_AND_ADDRESS} in {@link #SHORT_WINDOW}, then
 * {@value #PER_ACCOUNT_AND_ADDRESS_PER_DAY} a day, so a guesser who carries on waits longer and longer), and per client
 * address alone ({@code warranty.sign-in.failures-per-address} in {@link #SHORT_WINDOW}, three times that a day), so
 * one client spraying a password over many accounts is stopped too. A throttled client is turned away before any
 * password is checked; the account's owner signs in from anywhere else as usual. Counted whether or not an account has
 * the typed address, so the refusal tells nothing about which accounts exist. The counts are token buckets in the
 * {@code sign_in_bucket} table (Bucket4j, a row lock each), keyed by a hash, so every instance sees the same ones and
 * neither address is kept as such. Every failure and every refusal is written to the audit trail.
 */
@Component
class LoginThrottle {

	static final int PER_ACCOUNT_AND_ADDRESS = 10;

	static final int PER_ACCOUNT_AND_ADDRESS_PER_DAY = 30;

	static final Duration SHORT_WINDOW = Duration.ofMinutes(15);

	static final String AUDIT_FAILED = "SIGN_IN_FAILED";

	static final String AUDIT_THROTTLED = "SIGN_IN_THROTTLED";

	/** Audit entries of sign-ins name the client address as their target. */
	static final String AUDIT_TARGET = "CLIENT";

	private static final BucketConfiguration ACCOUNT_AND_ADDRESS = BucketConfiguration.builder()
		.addLimit(limit -> limit.capacity(PER_ACCOUNT_AND_ADDRESS)
			.refillIntervally(PER_ACCOUNT_AND_ADDRESS, SHORT_WINDOW))
		.addLimit(limit -> limit.capacity(PER_ACCOUNT_AND_ADDRESS_PER_DAY)
			.refillIntervally(PER_ACCOUNT_AND_ADDRESS_PER_DAY, Duration.ofDays(1)))
		.build();

	private final MySQLSelectForUpdateBasedProxyManager<String> buckets;

	private final BucketConfiguration address;

	private final int perAddress;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	LoginThrottle(DataSource dataSource, AuditTrail audit, TransactionTemplate transactions,
			@Value("${warranty.sign-in.failures-per-address:30}") int perAddress) {
		this.buckets = TokenBucketTables.in(dataSource, "sign_in_bucket");
		this.audit = audit;
		this.transactions = transactions;
		this.perAddress = perAddress;
		this.address = perAddress <= 0 ? null
				: BucketConfiguration.builder()
					.addLimit(limit -> limit.capacity(perAddress).refillIntervally(perAddress, SHORT_WINDOW))
					.addLimit(limit -> limit.capacity(3L * perAddress).refillIntervally(3L * perAddress, Duration.ofDays(1)))
					.build();
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = typed(event.getAuthentication().getName());
		String client = clientOf(event.getAuthentication());
		bucket(accountKey(email, client), ACCOUNT_AND_ADDRESS).tryConsume(1);
		if (address != null) {
			bucket(addressKey(client), address).tryConsume(1);
		}
		record(AUDIT_FAILED, email, client);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		// The owner's own mistakes from this client are forgiven; the client's count over all accounts is not.
		buckets.removeProxy(accountKey(typed(event.getAuthentication().getName()), clientOf(event.getAuthentication())));
	}

	/** Whether sign-ins for this e-mail address from this client are turned away for now; a refusal is audited. */
	boolean refuses(String email, String client) {
		String typed = typed(email);
		boolean refused = isEmpty(accountKey(typed, client)) || (address != null && isEmpty(addressKey(client)));
		if (refused) {
			record(AUDIT_THROTTLED, typed, client);
		}
		return refused;
	}

	private boolean isEmpty(String key) {
		// A key without failures has no row; looking does not create one.
		return buckets.getProxyConfiguration(key).isPresent()
				&& buckets.builder().build(key, () -> ACCOUNT_AND_ADDRESS).getAvailableTokens() < 1;
	}

	private void record(String action, String email, String client) {
		// Whatever was typed is cut to the trail's column sizes: it is evidence, not an account reference.
		transactions.executeWithoutResult(status -> audit.record(cut(email.isEmpty() ? "(no e-mail)" : email, 254),
				action, AUDIT_TARGET, cut(client, 40), null));
	}

	/** Rows of buckets that are full again go, a thousand at a time, on one instance. */
	@Scheduled(fixedDelayString = "${warranty.sign-in-throttle.cleanup-interval:10m}", initialDelayString = "1m")
	@SchedulerLock(name = "sign-in-bucket-cleanup", lockAtMostFor = "5m")
	void removeExpired() {
		TokenBucketTables.removeExpired(buckets);
	}

	private BucketProxy bucket(String key, BucketConfiguration configuration) {
		return buckets.builder().build(key, () -> configuration);
	}

	static String clientOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
	}

	private static String typed(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	static String accountKey(String email, String client) {
		return TokenBucketTables.key("sign-in", typed(email), client);
	}

	/** The limit is part of the key: once it is changed, a client's row under the old one is not read any more. */
	private String addressKey(String client) {
		return TokenBucketTables.key("sign-in-client", String.valueOf(perAddress), client);
	}
}
