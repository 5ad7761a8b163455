package com.warrantyportal.claim.internal;

import java.time.Clock;
import java.time.Duration;

import com.warrantyportal.claim.PendingClaimFiles;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the photos and documents kept with claim forms nobody filed ({@link PendingClaimFiles}), once they are
 * older than {@code warranty.claims.pending-files.keep-for}: every hour, on one instance at a time.
 */
@Component
class PendingClaimFilesCleanup {

	private final PendingClaimFiles pending;

	private final Clock clock;

	private final Duration keepFor;

	PendingClaimFilesCleanup(PendingClaimFiles pending, Clock clock,
			@Value("${warranty.claims.pending-files.keep-for:24h}") Duration keepFor) {
		this.pending = pending;
		this.clock = clock;
		this.keepFor = keepFor;
	}

	@Scheduled(fixedDelayString = "${warranty.claims.pending-files.cleanup-every:1h}",
			initialDelayString = "${warranty.claims.pending-files.cleanup-every:1h}")
	@SchedulerLock(name = "pending-claim-files-cleanup", lockAtMostFor = "30m")
	public int removeUnused() {
		return pending.removeKeptBefore(clock.instant().minus(keepFor));
	}
}
