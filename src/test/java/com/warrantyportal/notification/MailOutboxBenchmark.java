package com.warrantyportal.notification;

import java.time.Clock;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.warrantyportal.notification.internal.OutboxMailRepository;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the outbox empties into a local SMTP server (docs/bench/mail.sh): queues N mails of the size the portal
 * sends, then times {@link MailOutbox#sendDue} until they are all out, and prints
 * {@code mail outbox: N mails in S s, R mails/s}. Not part of the test run (no IT suffix); it measures and prints.
 */
class MailOutboxBenchmark extends MySqlIntegrationTest {

	@Autowired
	OutboxMailRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	com.warrantyportal.audit.AuditTrail audit;

	@Test
	void sendsABacklogToALocalMailServer() {
		int mails = Integer.getInteger("bench.mails", 5000);
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());
			MailOutbox outbox = new MailOutbox(repository, sender, "Warranty Portal <no-reply@warranty.example>",
					clock, transactions, audit);
			outbox.sendDue(); // whatever other runs left due
			String domain = Fixtures.unique() + ".bench.example";
			String text = "Dear owner,\n\n" + "Your warranty claim WC-2026-000123 has a new status.\n".repeat(20);
			String html = "<p>" + text.replace("\n", "<br>") + "</p>";
			TransactionTemplate transaction = new TransactionTemplate(transactions);
			for (int start = 0; start < mails; start += 500) {
				int from = start;
				transaction.executeWithoutResult(status -> {
					for (int n = from; n < Math.min(from + 500, mails); n++) {
						outbox.queue("owner" + n + "@" + domain, "Your warranty claim WC-2026-" + n, text, html);
					}
				});
			}
			long began = System.nanoTime();
			int sent = 0;
			while (sent < mails) {
				int now = outbox.sendDue();
				if (now == 0) {
					throw new AssertionError("The outbox stopped with " + sent + " of " + mails + " sent");
				}
				sent += now;
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			int received = smtp.getReceivedMessagesForDomain(domain).length;
			System.out.println(String.format(Locale.ROOT, "mail outbox: %d mails in %.1f s, %.0f mails/s (%d received)",
					mails, seconds, mails / seconds, received));
		}
		finally {
			smtp.stop();
		}
	}
}
