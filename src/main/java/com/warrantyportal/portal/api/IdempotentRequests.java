package com.warrantyportal.portal.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.warrantyportal.infrastructure.StoredTimes;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} on the POSTs that create things: the first request with a key claims it (a row of its own,
 * committed at once), creates, and keeps its answer; a retry with the same key and the same body gets that answer
 * again without creating anything; the same key with another body is refused (422), and a retry while the first is
 * still running too (409). A creation that fails frees the key for the next try.
 */
@Component
public class IdempotentRequests {

	static final String HEADER = "Idempotency-Key";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final JsonMapper json;

	private final Clock clock;

	IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	/** Creates once per key: {@code create} answers the status, the new thing's location and its body. */
	ResponseEntity<?> once(ApiPrincipal client, String key, Object request, Supplier<ResponseEntity<?>> create) {
		if (key == null) {
			return create.get();
		}
		if (key.isBlank() || key.length() > 100) {
			throw ApiProblem.invalid(HEADER, "Use a key of 1 to 100 characters, new for each thing you create.");
		}
		String requestHash = ApiClients.hash(json.writeValueAsString(request));
		try {
			own.executeWithoutResult(status -> jdbc.update(
					"INSERT INTO api_idempotency (client_id, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)",
					client.clientId(), key, requestHash, StoredTimes.utc(clock.instant())));
		}
		catch (DuplicateKeyException ex) {
			return replay(client, key, requestHash);
		}
		ResponseEntity<?> answer;
		try {
			answer = create.get();
		}
		catch (RuntimeException ex) {
			jdbc.update("DELETE FROM api_idempotency WHERE client_id = ? AND idem_key = ?", client.clientId(), key);
			throw ex;
		}
		URI location = answer.getHeaders().getLocation();
		jdbc.update("UPDATE api_idempotency SET status = ?, location = ?, body = ? WHERE client_id = ? AND idem_key = ?",
				answer.getStatusCode().value(), location == null ? null : location.toString(),
				json.writeValueAsString(answer.getBody()), client.clientId(), key);
		return answer;
	}

	private ResponseEntity<?> replay(ApiPrincipal client, String key, String requestHash) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT request_hash, status, location, body FROM api_idempotency WHERE client_id = ? AND idem_key = ?",
				client.clientId(), key);
		if (rows.isEmpty()) {
			throw ApiProblem.conflict("A request with this Idempotency-Key failed a moment ago; send it again.");
		}
		Map<String, Object> row = rows.get(0);
		if (!requestHash.equals(row.get("request_hash"))) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
					"This Idempotency-Key was used for a different request; use a new key for each new thing.",
					List.of(new ApiProblem.FieldError(HEADER, "Already used for a different request.")));
		}
		if (row.get("status") == null) {
			throw ApiProblem.conflict("The first request with this Idempotency-Key is still being processed.");
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(((Number) row.get("status")).intValue())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", "true");
		if (row.get("location") != null) {
			answer.location(URI.create((String) row.get("location")));
		}
		return answer.body(row.get("body"));
	}
}
