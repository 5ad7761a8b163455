package com.warrantyportal.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored file attached to a claim, when filing it or when answering a request for information. */
@Entity
@Table(name = "claim_attachment")
public class ClaimAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "claim_id", nullable = false)
	private Long claimId;

	@Column(name = "file_id", nullable = false)
	private Long fileId;

	@Column(name = "event_id")
	private Long eventId;

	protected ClaimAttachment() {
	}

	ClaimAttachment(Long claimId, Long fileId, Long eventId) {
		this.claimId = claimId;
		this.fileId = fileId;
		this.eventId = eventId;
	}

	public Long getFileId() {
		return fileId;
	}

	public Long getEventId() {
		return eventId;
	}
}
