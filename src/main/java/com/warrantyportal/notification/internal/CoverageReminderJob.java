package com.warrantyportal.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the coverage reminders due today, once a day (warranty.reminders.cron, in the business time zone), on one
 * instance at a time. Off in tests, which run {@link CoverageReminders#sendDue()} with a clock of their own.
 */
@Component
@ConditionalOnProperty(name = "warranty.reminders.scheduler", havingValue = "true", matchIfMissing = true)
class CoverageReminderJob {

	private final CoverageReminders reminders;

	CoverageReminderJob(CoverageReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${warranty.reminders.cron:0 30 5 * * *}", zone = "${warranty.time-zone:Europe/London}")
	@SchedulerLock(name = "coverage-reminders", lockAtMostFor = "2h")
	void run() {
		reminders.sendDue();
	}
}
