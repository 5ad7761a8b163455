package com.warrantyportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.warrantyportal.notification.internal.OutboxMailRepository;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.OtherTestsMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against mail servers the test controls: one that accepts connections and never answers (frozen), one
 * that is gone, and a real one (GreenMail) that must receive every mail exactly once, several batches at a time.
 */
class MailOutboxFaultsIT extends MySqlIntegrationTest {

	@Autowired
	OutboxMailRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	com.warrantyportal.audit.AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Socket> frozenConnections = new CopyOnWriteArrayList<>();

	private ServerSocket frozen;

	private GreenMail smtp;

	@AfterEach
	void stopServers() throws IOException {
		if (frozen != null) {
			frozen.close();
		}
		for (Socket socket : frozenConnections) {
			socket.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	/** A sender to the given port with one-second time-outs, which notes whether a transaction was open on each send. */
	private static final class WatchedSender extends JavaMailSenderImpl {

		final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

		WatchedSender(int port) {
			setHost("127.0.0.1");
			setPort(port);
			Properties properties = new Properties();
			properties.put("mail.smtp.connectiontimeout", "1000");
			properties.put("mail.smtp.timeout", "1000");
			properties.put("mail.smtp.writetimeout", "1000");
			setJavaMailProperties(properties);
		}

		@Override
		public void send(MimeMessage... messages) {
			inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
			super.send(messages);
		}
	}

	private MailOutbox outboxTo(WatchedSender sender) {
		return new MailOutbox(repository, sender, "Warranty Portal <no-reply@warranty.example>", clock, transactions,
				audit);
	}

	/** Queues mails to a domain of this test's own, so other tests' mails never count. */
	private List<Long> queue(MailOutbox outbox, String domain, int count) {
		return new TransactionTemplate(transactions).execute(status -> IntStream.range(0, count)
			.mapToObj(n -> outbox.queue("owner" + n + "@" + domain, "Mail " + n, "Text " + n, "<p>Text " + n + "</p>")
				.getId())
			.toList());
	}

	@Test
	void aMailServerThatAcceptsAndNeverAnswersHoldsTheOutboxForTheTimeOutOnlyAndNoTransactionMeanwhile()
			throws Exception {
		OtherTestsMail.setAside(jdbc);
		frozen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!frozen.isClosed()) {
				try {
					frozenConnections.add(frozen.accept()); // and never a word back
				}
				catch (IOException closed) {
					return;
				}
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
		WatchedSender toFrozen = new WatchedSender(frozen.getLocalPort());
		MailOutbox outbox = outboxTo(toFrozen);
		String domain = Fixtures.unique() + ".frozen.example";
		List<Long> ids = queue(outbox, domain, 3);

		Instant before = Instant.now();
		assertThat(outbox.sendDue()).isZero();
		assertThat(Duration.between(before, Instant.now())).as("bounded by the time-outs, not hanging")
			.isLessThan(Duration.ofSeconds(15));

		assertThat(toFrozen.inTransaction).isNotEmpty().containsOnly(false);
		assertThat(repository.findAllById(ids)).hasSize(3).allSatisfy(mail -> {
			assertThat(mail.getSentAt()).isNull();
			assertThat(mail.getAttempts()).isEqualTo(1);
			assertThat(mail.getLastError()).isNotBlank();
			assertThat(mail.getNextAttemptAt()).isAfter(before);
		});
	}

	@Test
	void aServerThatIsGoneLeavesTheMailsForLaterAndTheyArriveOnceItIsBack() {
		OtherTestsMail.setAside(jdbc);
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		int port = smtp.getSmtp().getPort();
		smtp.stop();
		MailOutbox outbox = outboxTo(new WatchedSender(port));
		String domain = Fixtures.unique() + ".gone.example";
		List<Long> ids = queue(outbox, domain, 2);

		assertThat(outbox.sendDue()).isZero();
		assertThat(repository.findAllById(ids)).allSatisfy(mail -> assertThat(mail.getAttempts()).isEqualTo(1));

		// Back: the retry is due (made due now rather than waiting out the back-off) and each mail arrives once.
		smtp = new GreenMail(ServerSetupTest.SMTP.port(port));
		smtp.start();
		new TransactionTemplate(transactions).executeWithoutResult(status -> repository.findAllById(ids)
			.forEach(mail -> mail.dueNow(clock.instant())));
		assertThat(outbox.sendDue()).isEqualTo(2);
		assertThat(outbox.sendDue()).isZero();
		assertThat(smtp.getReceivedMessagesForDomain(domain)).hasSize(2);
		assertThat(repository.findAllById(ids)).allSatisfy(mail -> {
			assertThat(mail.getSentAt()).isNotNull();
			assertThat(mail.getAttempts()).isEqualTo(2);
		});
	}

	@Test
	void aBacklogOfSeveralBatchesGoesOutInOneRunEachMailExactlyOnce() {
		OtherTestsMail.setAside(jdbc);
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		WatchedSender sender = new WatchedSender(smtp.getSmtp().getPort());
		MailOutbox outbox = outboxTo(sender);
		String domain = Fixtures.unique() + ".backlog.example";
		int backlog = MailOutbox.BATCH * 2 + 7;
		queue(outbox, domain, backlog);

		assertThat(outbox.sendDue()).isEqualTo(backlog);
		assertThat(outbox.sendDue()).isZero();

		assertThat(smtp.getReceivedMessagesForDomain(domain)).hasSize(backlog)
			.extracting(MimeMessage::getSubject)
			.doesNotHaveDuplicates();
		assertThat(sender.inTransaction).hasSize(3).containsOnly(false);
	}
}
