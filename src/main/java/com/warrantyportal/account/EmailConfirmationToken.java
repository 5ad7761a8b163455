package com.warrantyportal.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A one-time link that shows an owner's e-mail address is theirs. Only the token's hash is kept. */
@Entity
@Table(name = "email_confirmation_token")
public class EmailConfirmationToken extends OneTimeToken {

	protected EmailConfirmationToken() {
	}

	EmailConfirmationToken(Long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		super(accountId, tokenHash, createdAt, expiresAt);
	}
}
