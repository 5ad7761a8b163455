package com.warrantyportal.infrastructure;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications (a listener threw, or never finished because its instance stopped) to their
 * listeners again, on one instance at a time. A listener that keeps failing is retried at this pace until it
 * succeeds: the work it stands for (a claim's verdict, a previous owner's claims) is never dropped silently, and the
 * log says each time why it failed.
 */
@Component
class EventPublicationRetries {

	private final FailedEventPublications failed;

	private final ResubmissionOptions options;

	EventPublicationRetries(FailedEventPublications failed,
			@Value("${warranty.events.retry-after:30s}") Duration retryAfter) {
		this.failed = failed;
		this.options = ResubmissionOptions.defaults().withMinAge(retryAfter).withBatchSize(100).withMaxInFlight(10);
	}

	@Scheduled(fixedDelayString = "${warranty.events.retry-every:1m}", initialDelayString = "${warranty.events.retry-every:1m}")
	@SchedulerLock(name = "event-publication-retries", lockAtMostFor = "5m")
	public void resubmitFailed() {
		failed.resubmit(options);
	}
}
