package com.warrantyportal.claim;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a claim's timeline. Never changed once written. */
@Entity
@Table(name = "claim_event")
public class ClaimEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "claim_id", nullable = false)
	private Long claimId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_label", nullable = false)
	private String actorLabel;

	@Column(name = "event_type", nullable = false)
	private String eventType;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private ClaimStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private ClaimStatus toStatus;

	private String note;

	protected ClaimEvent() {
	}

	ClaimEvent(Long claimId, Instant occurredAt, Long actorId, String actorLabel, String eventType,
			ClaimStatus fromStatus, ClaimStatus toStatus, String note) {
		this.claimId = claimId;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorLabel = actorLabel;
		this.eventType = eventType;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Long getActorId() {
		return actorId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActorLabel() {
		return actorLabel;
	}

	public String getEventType() {
		return eventType;
	}

	public ClaimStatus getFromStatus() {
		return fromStatus;
	}

	public ClaimStatus getToStatus() {
		return toStatus;
	}

	public String getNote() {
		return note;
	}
}
