package com.warrantyportal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.warrantyportal.account.Account;
import com.warrantyportal.notification.MailKind;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.notification.OutboxMail;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sent mails and unsubscribe links past their keeping time are removed; mails not sent yet stay however old, and so
 * do recent ones; an unsubscribe link removed answers as an unknown one.
 */
class OutboxRetentionIT extends MySqlIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailOutbox outbox;

	@Autowired
	Unsubscribing unsubscribing;

	@Autowired
	OutboxRetention retention;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	private long mail(String to, String subject, Integer sentDaysAgo, int queuedDaysAgo) {
		OutboxMail mail = transaction.execute(status -> outbox.queue(to, subject, "Text", "<p>Text</p>"));
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		jdbc.update("UPDATE mail_outbox SET created_at = ?, sent_at = ? WHERE id = ?", now.minusDays(queuedDaysAgo),
				sentDaysAgo == null ? null : now.minusDays(sentDaysAgo), mail.getId());
		return mail.getId();
	}

	@Test
	void sentMailsAndUnsubscribeLinksPastTheirKeepingTimeGoAndMailsNotSentYetStay() {
		String to = "kept-" + Fixtures.unique() + "@example.com";
		long sentLongAgo = mail(to, "Sent 200 days ago", 200, 200);
		long sentRecently = mail(to, "Sent 170 days ago", 170, 170);
		long neverSent = mail(to, "Kept here 300 days", null, 300);
		Account owner = fixtures.owner();
		String oldLink = transaction.execute(status -> unsubscribing.newLink(owner.getId(), MailKind.COVERAGE_REMINDER));
		String newLink = transaction.execute(status -> unsubscribing.newLink(owner.getId(), MailKind.COVERAGE_REMINDER));
		String oldToken = oldLink.substring(oldLink.lastIndexOf('/') + 1);
		String newToken = newLink.substring(newLink.lastIndexOf('/') + 1);
		jdbc.update("UPDATE unsubscribe_token SET created_at = ? WHERE id = (SELECT id FROM "
				+ "(SELECT MIN(id) AS id FROM unsubscribe_token WHERE account_id = ?) first)",
				LocalDateTime.now(ZoneOffset.UTC).minusDays(366), owner.getId());

		retention.removeOld();

		assertThat(outbox.to(to)).extracting(OutboxMail::getId).containsExactlyInAnyOrder(sentRecently, neverSent)
			.doesNotContain(sentLongAgo);
		assertThat(unsubscribing.kindOf(oldToken)).isEmpty();
		assertThat(unsubscribing.kindOf(newToken)).contains(MailKind.COVERAGE_REMINDER);
	}
}
