package com.warrantyportal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import com.warrantyportal.notification.internal.OutboxMailRepository;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mails in the outbox and sends the ones that are due. */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final int BATCH = 20;

	private final OutboxMailRepository outbox;

	private final JavaMailSender sender;

	private final String from;

	private final Clock clock;

	MailOutbox(OutboxMailRepository outbox, JavaMailSender sender, @Value("${warranty.mail.from}") String from,
			Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.from = from;
		this.clock = clock;
	}

	/** Queues a mail in the caller's transaction: it is sent only if that transaction commits. */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMail queue(String recipient, String subject, String text, String html) {
		return outbox.save(new OutboxMail(recipient, subject, text, html, clock.instant()));
	}

	/** Sends every mail that is due; a failure is recorded and retried later. Returns how many were sent. */
	@Transactional
	public int sendDue() {
		List<OutboxMail> due = outbox.findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(clock.instant(),
				Limit.of(BATCH));
		int sent = 0;
		for (OutboxMail mail : due) {
			try {
				sender.send(message(mail));
				mail.sent(clock.instant());
				sent++;
			}
			catch (MailException | MessagingException ex) {
				mail.failed(ex.getMessage(), clock.instant());
				log.warn("Mail {} to {} failed (attempt {}), retrying at {}: {}", mail.getId(), mail.getRecipient(),
						mail.getAttempts(), mail.getNextAttemptAt(), ex.getMessage());
			}
		}
		return sent;
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
		return message;
	}
}
