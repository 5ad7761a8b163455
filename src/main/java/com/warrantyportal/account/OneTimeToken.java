package com.warrantyportal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A mailed one-time link for an account (a password reset, an e-mail confirmation): usable once, until it expires.
 * Only the SHA-256 of the token is kept, so the table alone opens nothing. The minting and hashing are public for other
 * mailed links (unsubscribing) that keep their tokens the same way.
 */
@MappedSuperclass
public abstract class OneTimeToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected OneTimeToken() {
	}

	OneTimeToken(Long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	Long getAccountId() {
		return accountId;
	}

	/** A new token for a link: 32 random bytes, URL-safe. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** What is stored and looked up for a token. */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a token from a link is worth looking up at all (not empty, not absurdly long). */
	public static boolean looksLikeAToken(String token) {
		return token != null && !token.isBlank() && token.length() <= 100;
	}
}
