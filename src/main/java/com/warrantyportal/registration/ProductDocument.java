package com.warrantyportal.registration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A PDF an owner keeps with one of their products in its device book: their own manual, a service report, a plan. */
@Entity
@Table(name = "registration_document")
public class ProductDocument {

	public static final int TITLE_MAX_LENGTH = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "registration_id", nullable = false)
	private Long registrationId;

	@Column(name = "file_id", nullable = false)
	private Long fileId;

	@Column(nullable = false)
	private String title;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ProductDocument() {
	}

	ProductDocument(Long registrationId, Long fileId, String title, Instant createdAt) {
		this.registrationId = registrationId;
		this.fileId = fileId;
		this.title = title;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getRegistrationId() {
		return registrationId;
	}

	public Long getFileId() {
		return fileId;
	}

	public String getTitle() {
		return title;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
