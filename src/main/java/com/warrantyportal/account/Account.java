package com.warrantyportal.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in: an owner, a member of staff or an administrator. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled = true;

	/** Whether the owner has shown, by a mailed link, that the address is theirs (accounts made by others are). */
	@Column(name = "email_confirmed", nullable = false)
	private boolean emailConfirmed = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String passwordHash, String displayName, Role role, Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.createdAt = createdAt;
	}

	/** An owner who signs themselves up: their address counts once they open the link mailed to it. */
	static Account selfSignedUpOwner(String email, String passwordHash, String displayName, Instant createdAt) {
		Account account = new Account(email, passwordHash, displayName, Role.OWNER, createdAt);
		account.emailConfirmed = false;
		return account;
	}

	void confirmEmail() {
		this.emailConfirmed = true;
	}

	public boolean isEmailConfirmed() {
		return emailConfirmed;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
