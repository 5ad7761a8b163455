package com.warrantyportal.claim.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored file chosen on a claim form that is not filed yet, kept with the form's one-time token. */
@Entity
@Table(name = "pending_claim_file")
public class PendingClaimFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(name = "submission_token", nullable = false)
	private String submissionToken;

	@Column(name = "file_id", nullable = false)
	private Long fileId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PendingClaimFile() {
	}

	public PendingClaimFile(long ownerId, String submissionToken, long fileId, Instant createdAt) {
		this.ownerId = ownerId;
		this.submissionToken = submissionToken;
		this.fileId = fileId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getFileId() {
		return fileId;
	}
}
