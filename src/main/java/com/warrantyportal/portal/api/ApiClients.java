package com.warrantyportal.portal.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.infrastructure.StoredTimes;
import com.warrantyportal.account.OneTimeToken;
import com.warrantyportal.audit.AuditTrail;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: administrators issue them to an organisation (shown once, kept as a SHA-256 hash), list and revoke
 * them; the API's filter turns a presented token into the client it belongs to, recording when it was last used.
 */
@Service
@Transactional(readOnly = true)
public class ApiClients {

	/** The audit trail's target type for API tokens. */
	static final String AUDIT_TARGET = "API_TOKEN";

	/** Every token starts so, which lets secret scanners recognise one pasted where it should not be. */
	static final String PREFIX = "wpt_";

	/** How often the last use is written at most: a busy client does not write its row on every request. */
	private static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

	private final ApiClientRepository clients;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ApiClients(ApiClientRepository clients, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.clients = clients;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A token just issued: the only moment its secret exists outside the client's hands. */
	public record Issued(ApiClient client, String token) {
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Issued issue(String organisation, ApiScope scope, Long manufacturerId, int validDays, String actor) {
		String token = PREFIX + OneTimeToken.newToken();
		Instant now = clock.instant();
		ApiClient client = clients.save(new ApiClient(organisation.strip(), scope,
				scope.mayHaveManufacturer() ? manufacturerId : null, hash(token), token.substring(0, PREFIX.length() + 6),
				now, actor, now.plus(Duration.ofDays(validDays))));
		audit.record(actor, "API_TOKEN_ISSUED", AUDIT_TARGET, client.getId(), client.getOrganisation() + ", "
				+ scope + (client.getManufacturerId() == null ? "" : ", manufacturer #" + client.getManufacturerId())
				+ ", valid " + validDays + " days");
		return new Issued(client, token);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<ApiClient> all() {
		return clients.findAllByOrderByRevokedAtAscCreatedAtDesc();
	}

	/** Revokes the token as the administrator saw it; a token changed since is refused as a conflict. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void revoke(long clientId, long expectedVersion, String actor) {
		ApiClient client = clients.findById(clientId)
			.filter(found -> found.getVersion() == expectedVersion)
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(ApiClient.class, clientId));
		client.revoke(actor, clock.instant());
		audit.record(actor, "API_TOKEN_REVOKED", AUDIT_TARGET, clientId, client.getOrganisation());
	}

	/**
	 * The client a presented token belongs to, when it is active; its last use is recorded (at most once a minute,
	 * by a statement of its own, so a read-only request stays read-only).
	 */
	@Transactional
	public Optional<ApiPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return clients.findByTokenHash(hash(token)).filter(client -> client.isActive(now)).map(client -> {
			if (client.getLastUsedAt() == null || client.getLastUsedAt().isBefore(now.minus(LAST_USED_GRAIN))) {
				jdbc.update("UPDATE api_client SET last_used_at = ? WHERE id = ?",
						StoredTimes.utc(now), client.getId());
			}
			return new ApiPrincipal(client.getId(), client.getOrganisation(), client.getScope(),
					client.getManufacturerId());
		});
	}

	/** SHA-256 of the text, as 64 hex digits: how tokens are kept, like every mailed one-time link's. */
	static String hash(String token) {
		return OneTimeToken.hash(token);
	}
}
