package com.warrantyportal.notification.internal;

import com.warrantyportal.notification.MailOutbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Empties the outbox every few seconds. Off in tests, which send explicitly. */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "warranty.mail.scheduler", havingValue = "true", matchIfMissing = true)
class OutboxScheduler {

	private final MailOutbox outbox;

	OutboxScheduler(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Scheduled(fixedDelayString = "${warranty.mail.send-interval:10s}", initialDelayString = "5s")
	void send() {
		outbox.sendDue();
	}
}
