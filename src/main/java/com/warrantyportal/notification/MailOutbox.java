package com.warrantyportal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.notification.internal.OutboxMailRepository;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues mails in the outbox and sends the ones that are due. Sending happens outside any database transaction: due
 * mails are read, handed to the mail server over one connection per batch, and the batch is then marked (sent, or
 * failed to be retried with back-off) in one short transaction. The mail server's connect, read and write time-outs
 * ({@code spring.mail.properties.mail.smtp.*timeout}) bound how long a server that stops answering can hold a batch.
 * Delivery is at least once: a mail the server took is sent again only if the instance stops (or the database
 * fails) between handing the batch over and marking it, which is the moment a mail could otherwise be lost.
 */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/** Audit target of an administrator reading a mail (its id). */
	public static final String AUDIT_TARGET = "MAIL";

	/** Mails listed on one page of the administrators' mail page. */
	public static final int PAGE = 50;

	/** Mails handed to the server over one connection. */
	static final int BATCH = 50;

	/** One call sends batch after batch for at most this long, so a backlog drains at the server's pace. */
	private static final Duration RUN_AT_MOST = Duration.ofSeconds(30);

	private final OutboxMailRepository outbox;

	private final JavaMailSender sender;

	private final String from;

	private final Clock clock;

	private final TransactionTemplate shortTransaction;

	private final AuditTrail audit;

	private final boolean sending;

	MailOutbox(OutboxMailRepository outbox, JavaMailSender sender, @Value("${warranty.mail.from}") String from,
			Clock clock, PlatformTransactionManager transactions, AuditTrail audit) {
		this(outbox, sender, from, clock, transactions, audit, "configured");
	}

	@Autowired
	MailOutbox(OutboxMailRepository outbox, JavaMailSender sender, @Value("${warranty.mail.from}") String from,
			Clock clock, PlatformTransactionManager transactions, AuditTrail audit,
			@Value("${spring.mail.host:}") String mailHost) {
		this.sending = !mailHost.isBlank();
		if (!sending) {
			log.info("No mail server is configured (WARRANTY_MAIL_HOST is empty): mails stay in the outbox, where "
					+ "administrators read them at /admin/mail");
		}
		this.audit = audit;
		this.outbox = outbox;
		this.sender = sender;
		this.from = from;
		this.clock = clock;
		this.shortTransaction = new TransactionTemplate(transactions);
	}

	/** Queues a mail in the caller's transaction: it is sent only if that transaction commits. */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMail queue(String recipient, String subject, String text, String html) {
		return queue(recipient, subject, text, html, Map.of());
	}

	/** Queues a mail with extra headers (such as {@code List-Unsubscribe}) in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMail queue(String recipient, String subject, String text, String html, Map<String, String> headers) {
		return outbox.save(new OutboxMail(recipient, subject, text, html, headers, clock.instant()));
	}

	/**
	 * Whether mails leave the outbox at all: not when no mail server is configured (the embedded default), where
	 * they stay readable at /admin/mail.
	 */
	public boolean sending() {
		return sending;
	}

	/**
	 * Sends every mail that is due, batch after batch (for half a minute at most); a failure is recorded and retried
	 * later. Stops early when the server takes none of a batch (it is down or not answering). Returns how many were
	 * sent. Runs on one instance at a time (the scheduler's lock), so two instances never send the same mail.
	 */
	public int sendDue() {
		if (!sending) {
			return 0;
		}
		long until = System.nanoTime() + RUN_AT_MOST.toNanos();
		int sent = 0;
		while (System.nanoTime() < until) {
			List<OutboxMail> due = shortTransaction.execute(status -> outbox
				.findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(clock.instant(), Limit.of(BATCH)));
			if (due == null || due.isEmpty()) {
				break;
			}
			int sentNow = send(due);
			sent += sentNow;
			if (sentNow == 0 || due.size() < BATCH) {
				break;
			}
		}
		return sent;
	}

	/** Hands the batch to the server over one connection, then records each mail's outcome. */
	private int send(List<OutboxMail> batch) {
		Map<MimeMessage, OutboxMail> messages = new LinkedHashMap<>();
		Map<Long, String> failures = new HashMap<>();
		for (OutboxMail mail : batch) {
			try {
				messages.put(message(mail), mail);
			}
			catch (MessagingException ex) {
				failures.put(mail.getId(), ex.getMessage());
			}
		}
		if (!messages.isEmpty()) {
			try {
				sender.send(messages.keySet().toArray(MimeMessage[]::new));
			}
			catch (MailSendException ex) {
				// With no failed message named, every mail went out and only closing the connection failed afterwards
				// ("Failed to close server connection after message sending"): they count as sent, not to send again.
				if (ex.getFailedMessages().isEmpty()) {
					log.info("The mail server took {} mails but closing the connection failed: {}", messages.size(),
							ex.getMessage());
				}
				ex.getFailedMessages().forEach((message, cause) -> {
					OutboxMail mail = messages.get(message);
					if (mail != null) {
						failures.put(mail.getId(), cause.getMessage());
					}
				});
			}
			catch (MailException ex) {
				messages.values().forEach(mail -> failures.put(mail.getId(), ex.getMessage()));
			}
		}
		List<Long> sent = batch.stream().map(OutboxMail::getId).filter(id -> !failures.containsKey(id)).toList();
		shortTransaction.executeWithoutResult(status -> {
			if (!sent.isEmpty()) {
				outbox.markSent(sent, clock.instant());
			}
			failures.forEach((id, failure) -> outbox.findById(id).orElseThrow().failed(failure, clock.instant()));
		});
		if (!failures.isEmpty()) {
			log.warn("{} of {} mails could not be sent and will be tried again later (mail {}: {})", failures.size(),
					batch.size(), failures.keySet().iterator().next(), failures.values().iterator().next());
		}
		return batch.size() - failures.size();
	}

	/** What the portal sent or will send, newest first: 50 a page after the given id, to one address or to all. */
	@Transactional(readOnly = true)
	public List<OutboxMail> page(String recipient, Long beforeId) {
		long before = beforeId == null ? Long.MAX_VALUE : beforeId;
		return recipient == null || recipient.isBlank()
				? outbox.findByIdLessThanOrderByIdDesc(before, Limit.of(PAGE))
				: outbox.findByRecipientAndIdLessThanOrderByIdDesc(recipient.strip(), before, Limit.of(PAGE));
	}

	/** An administrator opens a mail: it is a customer's correspondence, so the reading is audited. */
	@Transactional
	public Optional<OutboxMail> read(long id, String administrator) {
		Optional<OutboxMail> mail = outbox.findById(id);
		mail.ifPresent(found -> audit.record(administrator, "MAIL_READ", AUDIT_TARGET, id,
				"to " + found.getRecipient()));
		return mail;
	}

	@Transactional(readOnly = true)
	public long pending() {
		return outbox.countBySentAtIsNull();
	}

	@Transactional(readOnly = true)
	public List<OutboxMail> to(String recipient) {
		return outbox.findByRecipientOrderByIdAsc(recipient);
	}

	private MimeMessage message(OutboxMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(mail.getRecipient());
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getBodyText(), mail.getBodyHtml());
		for (Map.Entry<String, String> header : mail.getHeaders().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		return message;
	}
}
