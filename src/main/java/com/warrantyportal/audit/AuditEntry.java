package com.warrantyportal.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who did what to which object, when, and from which client address. Immutable once written: no setters, and
 * Hibernate never updates it ({@link Immutable}); the trail has no delete either (docs/audit.md).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(name = "target_type", nullable = false)
	private String targetType;

	@Column(name = "target_id", nullable = false)
	private String targetId;

	private String detail;

	@Column(name = "client_address")
	private String clientAddress;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId, String detail,
			String clientAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
		this.clientAddress = clientAddress;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getTargetType() {
		return targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public String getDetail() {
		return detail;
	}

	/** The address the request came from (as resolved behind trusted proxies), or null for background work. */
	public String getClientAddress() {
		return clientAddress;
	}
}
