package com.warrantyportal.unit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds, on one instance at a time: shows imports whose instance stopped as interrupted, and runs imports
 * that have waited in the queue too long. Off in tests, which call the worker themselves.
 */
@Component
@ConditionalOnProperty(name = "warranty.registry-import.watch", havingValue = "true", matchIfMissing = true)
public class RegistryImportWatch {

	private final RegistryImportWorker worker;

	RegistryImportWatch(RegistryImportWorker worker) {
		this.worker = worker;
	}

	@Scheduled(fixedDelayString = "${warranty.registry-import.watch-interval:15s}", initialDelayString = "15s")
	@SchedulerLock(name = "registry-import-watch", lockAtMostFor = "1m")
	public void watch() {
		worker.interruptOrphans();
		worker.pickUpWaiting();
	}
}
