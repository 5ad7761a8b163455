package com.warrantyportal.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A manual or other document of a model: an uploaded PDF or a link to the manufacturer's copy. */
@Entity
@Table(name = "model_document")
public class ModelDocument {

	/** What kind of document it is, so owners find the user manual first. */
	public enum Kind {
		MANUAL, QUICK_START, SAFETY, SPECIFICATION, OTHER
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "model_id", nullable = false)
	private Long modelId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(name = "file_id")
	private Long fileId;

	private String url;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected ModelDocument() {
	}

	private ModelDocument(Long modelId, String title, Kind kind, Long fileId, String url, Instant createdAt,
			String createdBy) {
		this.modelId = modelId;
		this.title = title;
		this.kind = kind;
		this.fileId = fileId;
		this.url = url;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public static ModelDocument uploaded(Long modelId, String title, Kind kind, long fileId, Instant at, String by) {
		return new ModelDocument(modelId, title, kind, fileId, null, at, by);
	}

	public static ModelDocument linked(Long modelId, String title, Kind kind, String url, Instant at, String by) {
		return new ModelDocument(modelId, title, kind, null, url, at, by);
	}

	public Long getId() {
		return id;
	}

	public Long getModelId() {
		return modelId;
	}

	public String getTitle() {
		return title;
	}

	public Kind getKind() {
		return kind;
	}

	public Long getFileId() {
		return fileId;
	}

	public String getUrl() {
		return url;
	}

	public boolean isLink() {
		return url != null;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
