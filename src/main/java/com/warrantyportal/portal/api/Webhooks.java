package com.warrantyportal.portal.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.warrantyportal.infrastructure.StoredTimes.instant;
import static com.warrantyportal.infrastructure.StoredTimes.utc;
import com.warrantyportal.account.OneTimeToken;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.claim.ClaimStatusChanged;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manufacturer's webhooks: URLs that receive its claims' status changes. Registering one gives out its signing
 * secret once; every change of a claim on the manufacturer's units writes one delivery per webhook in the change's own
 * transaction, which {@link WebhookSender} then sends, signed, and retries.
 */
@Service
@Transactional(readOnly = true)
public class Webhooks {

	/** How many webhooks one manufacturer may have. */
	static final int MAX_PER_MANUFACTURER = 5;

	static final String CLAIM_STATUS_CHANGED = "claim.status_changed";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	Webhooks(JdbcTemplate jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	/** A webhook just registered, with the secret that signs its deliveries: shown this once. */
	public record Registered(long id, String url, String secret, Instant createdAt) {
	}

	/** A webhook as the manufacturer lists it (never its secret), with how its deliveries stand. */
	public record WebhookView(long id, String url, Instant createdAt, long pending, long delivered, long failed,
			Instant lastDeliveredAt) {
	}

	/** One delivery and its last attempt. */
	public record Delivery(long id, String event, String status, int attempts, Integer lastStatusCode,
			String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
	}

	@Transactional
	public Registered register(ApiPrincipal client, long manufacturerId, String url) {
		URI uri = checked(url);
		Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM webhook WHERE manufacturer_id = ?", Integer.class,
				manufacturerId);
		if (existing != null && existing >= MAX_PER_MANUFACTURER) {
			throw ApiProblem.invalid("url", "You have " + MAX_PER_MANUFACTURER + " webhooks already: remove one first.");
		}
		String secret = "whsec_" + OneTimeToken.newToken();
		Instant now = clock.instant();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("INSERT INTO webhook (api_client_id, manufacturer_id, url, "
					+ "secret, created_at) VALUES (?, ?, ?, ?, ?)", new String[] { "id" });
			statement.setLong(1, client.clientId());
			statement.setLong(2, manufacturerId);
			statement.setString(3, uri.toString());
			statement.setString(4, secret);
			statement.setObject(5, utc(now));
			return statement;
		}, key);
		long id = key.getKey().longValue();
		audit.record(client.actor(), "WEBHOOK_REGISTERED", "WEBHOOK", id, uri.toString());
		return new Registered(id, uri.toString(), secret, now);
	}

	public List<WebhookView> of(long manufacturerId) {
		return jdbc.query("""
				SELECT w.id, w.url, w.created_at,
				       SUM(CASE WHEN d.status = 'PENDING' THEN 1 ELSE 0 END) AS pending,
				       SUM(CASE WHEN d.status = 'DELIVERED' THEN 1 ELSE 0 END) AS delivered,
				       SUM(CASE WHEN d.status = 'FAILED' THEN 1 ELSE 0 END) AS failed,
				       MAX(d.delivered_at) AS last_delivered
				FROM webhook w LEFT JOIN webhook_delivery d ON d.webhook_id = w.id
				WHERE w.manufacturer_id = ?
				GROUP BY w.id, w.url, w.created_at
				ORDER BY w.id""", (rs, n) -> new WebhookView(rs.getLong("id"),
				rs.getString("url"), instant(rs.getObject("created_at", LocalDateTime.class)), rs.getLong("pending"),
				rs.getLong("delivered"), rs.getLong("failed"),
				instant(rs.getObject("last_delivered", LocalDateTime.class))), manufacturerId);
	}

	/** Removes one of the manufacturer's webhooks with its deliveries; false when it has none of that id. */
	@Transactional
	public boolean remove(ApiPrincipal client, long manufacturerId, long webhookId) {
		int removed = jdbc.update("DELETE FROM webhook WHERE id = ? AND manufacturer_id = ?", webhookId, manufacturerId);
		if (removed > 0) {
			audit.record(client.actor(), "WEBHOOK_REMOVED", "WEBHOOK", webhookId, null);
		}
		return removed > 0;
	}

	/** The webhook's latest 50 deliveries, newest first; empty when it is not the manufacturer's. */
	public List<Delivery> deliveries(long manufacturerId, long webhookId) {
		return jdbc.query("""
				SELECT d.id, d.event, d.status, d.attempts, d.last_status_code, d.last_error, d.created_at,
				       d.next_attempt_at, d.delivered_at
				FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
				WHERE d.webhook_id = ? AND w.manufacturer_id = ?
				ORDER BY d.id DESC LIMIT 50""", (rs, n) -> new Delivery(rs.getLong("id"), rs.getString("event"),
				rs.getString("status"), rs.getInt("attempts"), (Integer) rs.getObject("last_status_code"),
				rs.getString("last_error"), instant(rs.getObject("created_at", LocalDateTime.class)),
				instant(rs.getObject("next_attempt_at", LocalDateTime.class)),
				instant(rs.getObject("delivered_at", LocalDateTime.class))), webhookId, manufacturerId);
	}

	public boolean exists(long manufacturerId, long webhookId) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM webhook WHERE id = ? AND manufacturer_id = ?",
				Integer.class, webhookId, manufacturerId);
		return n != null && n > 0;
	}

	/**
	 * A claim changed status: one delivery per webhook of the manufacturer of its unit, written in the change's
	 * transaction. A claim whose manufacturer has no webhook costs one indexed look-up.
	 */
	@EventListener
	@Transactional
	void on(ClaimStatusChanged change) {
		List<Long> webhooks = jdbc.queryForList("""
				SELECT w.id FROM claim c JOIN unit u ON u.id = c.unit_id JOIN webhook w ON w.manufacturer_id = u.manufacturer_id
				WHERE c.id = ?""", Long.class, change.claimId());
		if (webhooks.isEmpty()) {
			return;
		}
		Map<String, Object> claim = jdbc.queryForMap("""
				SELECT c.claim_number, m.model_number, u.serial_display
				FROM claim c JOIN unit u ON u.id = c.unit_id JOIN product_model m ON m.id = u.model_id
				WHERE c.id = ?""", change.claimId());
		Instant now = clock.instant();
		Map<String, Object> claimPart = new LinkedHashMap<>();
		claimPart.put("number", change.claimNumber());
		claimPart.put("status", change.to().name());
		claimPart.put("previousStatus", change.from() == null ? null : change.from().name());
		claimPart.put("modelNumber", claim.get("model_number"));
		claimPart.put("serial", claim.get("serial_display"));
		claimPart.put("changedAt", now.toString());
		for (long webhook : webhooks) {
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.update(connection -> {
				var statement = connection.prepareStatement("INSERT INTO webhook_delivery (webhook_id, event, payload, "
						+ "status, next_attempt_at, created_at) VALUES (?, ?, '', 'PENDING', ?, ?)", new String[] { "id" });
				statement.setLong(1, webhook);
				statement.setString(2, CLAIM_STATUS_CHANGED);
				statement.setObject(3, utc(now));
				statement.setObject(4, utc(now));
				return statement;
			}, key);
			long delivery = key.getKey().longValue();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("event", CLAIM_STATUS_CHANGED);
			body.put("deliveryId", delivery);
			body.put("claim", claimPart);
			jdbc.update("UPDATE webhook_delivery SET payload = ? WHERE id = ?", json.writeValueAsString(body), delivery);
		}
	}

	/** Only http(s) URLs of at most 500 characters with a host. */
	private static URI checked(String url) {
		String text = url == null ? "" : url.strip();
		try {
			URI uri = new URI(text);
			if (text.length() > 500 || uri.getHost() == null
					|| !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				throw new URISyntaxException(text, "not an http(s) URL");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw ApiProblem.invalid("url", "Give an http or https URL of at most 500 characters, like "
					+ "https://erp.example.com/warranty/hooks.");
		}
	}

}
