package com.warrantyportal.notification.internal;

import java.time.Duration;

import com.warrantyportal.infrastructure.OldRows;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox from growing without end: mails sent longer ago than {@code warranty.retention.sent-mail} (what
 * administrators read at /admin/mail) and one-click unsubscribe links older than
 * {@code warranty.retention.unsubscribe-links} (a link that old answers as an unknown one, and its page says where
 * to switch mails off instead). Mails not sent yet are never deleted. Every hour, on one instance at a time.
 */
@Component
class OutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

	private final OldRows oldRows;

	private final Duration sentMail;

	private final Duration unsubscribeLinks;

	OutboxRetention(OldRows oldRows, @Value("${warranty.retention.sent-mail:180d}") Duration sentMail,
			@Value("${warranty.retention.unsubscribe-links:365d}") Duration unsubscribeLinks) {
		this.oldRows = oldRows;
		this.sentMail = sentMail;
		this.unsubscribeLinks = unsubscribeLinks;
	}

	@Scheduled(fixedDelayString = "${warranty.retention.every:1h}", initialDelayString = "10m")
	@SchedulerLock(name = "outbox-retention", lockAtMostFor = "30m")
	public void removeOld() {
		int mails = oldRows.deleteOlderThan("mail_outbox", "sent_at", "", sentMail);
		int links = oldRows.deleteOlderThan("unsubscribe_token", "created_at", "", unsubscribeLinks);
		if (mails + links > 0) {
			log.info("Removed {} mails sent before the last {} and {} unsubscribe links older than {}", mails,
					sentMail, links, unsubscribeLinks);
		}
	}
}
