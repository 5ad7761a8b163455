package com.warrantyportal.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded file's record: whose it is, what it is, and the generated name it is stored under. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(name = "storage_name", nullable = false)
	private String storageName;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected StoredFile() {
	}

	StoredFile(Long ownerId, String storageName, String originalName, FileKind kind, long sizeBytes, String sha256,
			Instant createdAt) {
		this.ownerId = ownerId;
		this.storageName = storageName;
		this.originalName = originalName;
		this.contentType = kind.contentType();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	String getStorageName() {
		return storageName;
	}

	public String getOriginalName() {
		return originalName;
	}

	/**
	 * The name the file is shown and served under: the original name made safe, with the extension of its content
	 * ({@link FileStorage#nameFor}), also for files stored before names were cleaned on upload.
	 */
	public String getName() {
		return FileStorage.nameFor(originalName, getKind());
	}

	public String getContentType() {
		return contentType;
	}

	public FileKind getKind() {
		return FileKind.ofContentType(contentType).orElseThrow();
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
