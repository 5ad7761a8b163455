package com.warrantyportal.portal.api;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation's API token as the portal keeps it: its hash (the token itself is shown once, when issued), its
 * scope, the manufacturer it speaks for, when it expires, whether it was revoked, and when it was last used.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApiScope scope;

	@Column(name = "manufacturer_id")
	private Long manufacturerId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "token_hint", nullable = false)
	private String tokenHint;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Version
	private long version;

	protected ApiClient() {
	}

	ApiClient(String organisation, ApiScope scope, Long manufacturerId, String tokenHash, String tokenHint,
			Instant createdAt, String createdBy, Instant expiresAt) {
		if (scope.needsManufacturer() && manufacturerId == null || !scope.mayHaveManufacturer() && manufacturerId != null) {
			throw new IllegalArgumentException(scope + " with manufacturer " + manufacturerId);
		}
		this.organisation = organisation;
		this.scope = scope;
		this.manufacturerId = manufacturerId;
		this.tokenHash = tokenHash;
		this.tokenHint = tokenHint;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.expiresAt = expiresAt;
	}

	/** Whether the token opens the API at this moment: not revoked and not expired. */
	public boolean isActive(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	/** Revokes the token for good; revoking a revoked one changes nothing. */
	void revoke(String by, Instant at) {
		if (revokedAt == null) {
			this.revokedAt = at;
			this.revokedBy = by;
		}
	}

	public Long getId() {
		return id;
	}

	public String getOrganisation() {
		return organisation;
	}

	public ApiScope getScope() {
		return scope;
	}

	public Long getManufacturerId() {
		return manufacturerId;
	}

	public String getTokenHint() {
		return tokenHint;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public String getRevokedBy() {
		return revokedBy;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public long getVersion() {
		return version;
	}
}
