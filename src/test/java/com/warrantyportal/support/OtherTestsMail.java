package com.warrantyportal.support;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests share one database, and most run with the outbox's scheduler off: the mails earlier tests queued stay due,
 * a thousand and more by the time a mail test runs. A test that sends the outbox and counts what went out first sets
 * them aside (due in the year 2999), so that it sends its own mails only, however many were left and however slow
 * the machine.
 */
public final class OtherTestsMail {

	private static final LocalDateTime FAR_AHEAD = LocalDateTime.of(2999, 1, 1, 0, 0);

	private OtherTestsMail() {
	}

	public static void setAside(JdbcTemplate jdbc) {
		jdbc.update("UPDATE mail_outbox SET next_attempt_at = ? WHERE sent_at IS NULL", FAR_AHEAD);
	}
}
