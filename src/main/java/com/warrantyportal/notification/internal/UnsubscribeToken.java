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

/** The link in one mail that switches its kind of mail off for its recipient; only the token's hash is kept. */
@Entity
@Table(name = "unsubscribe_token")
public class UnsubscribeToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailKind kind;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected UnsubscribeToken() {
	}

	UnsubscribeToken(String tokenHash, long accountId, MailKind kind, Instant createdAt) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.kind = kind;
		this.createdAt = createdAt;
	}

	public Long getAccountId() {
		return accountId;
	}

	public MailKind getKind() {
		return kind;
	}
}
