package com.warrantyportal.portal.api;

import java.time.Duration;

import com.warrantyportal.infrastructure.OldRows;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the API's bookkeeping from growing without end: webhook deliveries delivered or given up, once created
 * longer ago than {@code warranty.retention.webhook-deliveries} (pending ones are never deleted), and idempotency
 * keys older than {@code warranty.retention.idempotency-keys} (a retry with an older key is taken as a new request;
 * docs/api.md). Every hour, on one instance at a time.
 */
@Component
class ApiRetention {

	private static final Logger log = LoggerFactory.getLogger(ApiRetention.class);

	private final OldRows oldRows;

	private final Duration deliveries;

	private final Duration idempotencyKeys;

	ApiRetention(OldRows oldRows, @Value("${warranty.retention.webhook-deliveries:30d}") Duration deliveries,
			@Value("${warranty.retention.idempotency-keys:7d}") Duration idempotencyKeys) {
		this.oldRows = oldRows;
		this.deliveries = deliveries;
		this.idempotencyKeys = idempotencyKeys;
	}

	@Scheduled(fixedDelayString = "${warranty.retention.every:1h}", initialDelayString = "10m")
	@SchedulerLock(name = "api-retention", lockAtMostFor = "30m")
	public void removeOld() {
		int delivered = oldRows.deleteOlderThan("webhook_delivery", "created_at", "status <> 'PENDING'", deliveries);
		int keys = oldRows.deleteOlderThan("api_idempotency", "created_at", "", idempotencyKeys);
		if (delivered + keys > 0) {
			log.info("Removed {} webhook deliveries older than {} and {} idempotency keys older than {}", delivered,
					deliveries, keys, idempotencyKeys);
		}
	}
}
