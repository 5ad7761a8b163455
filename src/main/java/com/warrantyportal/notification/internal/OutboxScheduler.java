package com.warrantyportal.notification.internal;

import com.warrantyportal.notification.MailOutbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox every few seconds, on one instance at a time when several share the database (so no mail goes
 * out twice). Off in tests, which send explicitly.
 */
@Component
@ConditionalOnProperty(name = "warranty.mail.scheduler", havingValue = "true", matchIfMissing = true)
public class OutboxScheduler {

	private final MailOutbox outbox;

	OutboxScheduler(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Scheduled(fixedDelayString = "${warranty.mail.send-interval:10s}", initialDelayString = "5s")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "10m")
	public void send() {
		outbox.sendDue();
	}
}
