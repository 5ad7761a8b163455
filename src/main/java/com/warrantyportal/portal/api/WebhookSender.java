package com.warrantyportal.portal.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.warrantyportal.infrastructure.StoredTimes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries, on one instance at a time (ShedLock), each a POST of its JSON with
 * {@code X-Warranty-Signature: sha256=HEX}, the HMAC-SHA256 of {@code TIMESTAMP.BODY} with the webhook's secret,
 * where TIMESTAMP is the {@code X-Warranty-Timestamp} header (epoch seconds). A 2xx answer delivers it; anything else,
 * or no answer in time, is recorded and tried again after the next wait of {@code warranty.webhooks.backoff}
 * (1 min, 5 min, 30 min, 2 h, 12 h), then it is FAILED. docs/webhooks.md.
 */
@Component
public class WebhookSender {

	private static final int BATCH = 50;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final List<Duration> backoff;

	private final HttpClient http;

	private final Duration timeout;

	/** Off in the integration tests, which send explicitly. */
	private final boolean enabled;

	WebhookSender(JdbcTemplate jdbc, Clock clock,
			@Value("${warranty.webhooks.backoff:1m,5m,30m,2h,12h}") List<Duration> backoff,
			@Value("${warranty.webhooks.timeout:10s}") Duration timeout,
			@Value("${warranty.webhooks.scheduler:true}") boolean enabled) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.clock = clock;
		this.backoff = List.copyOf(backoff);
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private record Due(long id, long webhookId, String event, String payload, int attempts, String url, String secret) {
	}

	@Scheduled(fixedDelayString = "${warranty.webhooks.send-interval:10s}", initialDelayString = "7s")
	@SchedulerLock(name = "webhook-deliveries", lockAtMostFor = "10m")
	public void sendScheduled() {
		if (enabled) {
			sendDue();
		}
	}

	/** Sends up to a batch of due deliveries; returns how many were delivered. */
	public int sendDue() {
		List<Due> due = jdbc.query("""
				SELECT d.id, d.webhook_id, d.event, d.payload, d.attempts, w.url, w.secret
				FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
				WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
				ORDER BY d.next_attempt_at, d.id LIMIT %d""".formatted(BATCH),
				(rs, n) -> new Due(rs.getLong("id"), rs.getLong("webhook_id"), rs.getString("event"),
						rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")),
				StoredTimes.utc(clock.instant()));
		int delivered = 0;
		for (Due delivery : due) {
			if (send(delivery)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean send(Due delivery) {
		Instant now = clock.instant();
		String timestamp = Long.toString(now.getEpochSecond());
		Integer status = null;
		String error = null;
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
				.timeout(timeout)
				.header("Content-Type", "application/json")
				.header("User-Agent", "WarrantyPortal-Webhooks/1")
				.header("X-Warranty-Event", delivery.event())
				.header("X-Warranty-Delivery", Long.toString(delivery.id()))
				.header("X-Warranty-Timestamp", timestamp)
				.header("X-Warranty-Signature", "sha256=" + sign(delivery.secret(), timestamp + "." + delivery.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
				.build();
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		catch (Exception ex) {
			error = (ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		int attempts = delivery.attempts() + 1;
		if (status != null && status >= 200 && status < 300) {
			jdbc.update("UPDATE webhook_delivery SET status = 'DELIVERED', attempts = ?, last_status_code = ?, "
					+ "last_error = NULL, next_attempt_at = NULL, delivered_at = ? WHERE id = ?", attempts, status,
					StoredTimes.utc(clock.instant()), delivery.id());
			return true;
		}
		if (error == null) {
			error = "HTTP " + status;
		}
		boolean givenUp = attempts > backoff.size();
		jdbc.update("UPDATE webhook_delivery SET status = ?, attempts = ?, last_status_code = ?, last_error = ?, "
				+ "next_attempt_at = ? WHERE id = ?", givenUp ? "FAILED" : "PENDING", attempts, status,
				error.length() > 500 ? error.substring(0, 500) : error,
				givenUp ? null : StoredTimes.utc(now.plus(backoff.get(attempts - 1))), delivery.id());
		return false;
	}

	/** The hex HMAC-SHA256 of the text with the secret: what a receiver computes to check a delivery. */
	static String sign(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
