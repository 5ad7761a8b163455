package com.warrantyportal.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A one-time, short-lived permission to choose a new password. Only the token's hash is kept. */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken extends OneTimeToken {

	protected PasswordResetToken() {
	}

	PasswordResetToken(Long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		super(accountId, tokenHash, createdAt, expiresAt);
	}
}
