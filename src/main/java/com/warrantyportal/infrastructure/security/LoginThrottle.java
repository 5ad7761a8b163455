package com.warrantyportal.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one e-mail address within
 * {@link #WINDOW}, that address is refused until the window has passed. Counted per typed address whether or not an
 * account has it, so the refusal tells nothing about which accounts exist. Kept in memory (one instance).
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Most addresses tracked at once; past it, addresses without a recent failure are forgotten. */
	static final int MAX_TRACKED = 10_000;

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = clock.instant();
		if (failures.size() > MAX_TRACKED) {
			failures.values().removeIf(times -> {
				synchronized (times) {
					prune(times, now);
					return times.isEmpty();
				}
			});
		}
		Deque<Instant> times = failures.computeIfAbsent(key(String.valueOf(event.getAuthentication().getName())),
				k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		failures.remove(key(event.getAuthentication().getName()));
	}

	boolean isBlocked(String email) {
		Deque<Instant> times = failures.get(key(email));
		if (times == null) {
			return false;
		}
		synchronized (times) {
			prune(times, clock.instant());
			return times.size() >= MAX_FAILURES;
		}
	}

	private static void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
			times.removeFirst();
		}
	}

	private static String key(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
