package com.warrantyportal.notification.internal;

import java.time.Instant;

import com.warrantyportal.notification.MailKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something the portal told an owner, shown on their notifications page whether or not it was also mailed. */
@Entity
@Table(name = "notice")
public class Notice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailKind kind;

	@Column(nullable = false)
	private String title;

	/** A path inside the portal ({@code /my/claims/WC-…}). */
	@Column(nullable = false)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notice() {
	}

	Notice(long ownerId, MailKind kind, String title, String link, Instant createdAt) {
		this.ownerId = ownerId;
		this.kind = kind;
		this.title = title.length() > 300 ? title.substring(0, 299) + "…" : title;
		this.link = link;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public MailKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isUnread() {
		return readAt == null;
	}
}
