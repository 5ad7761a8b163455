package com.warrantyportal.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds them, carrying the account id so no controller has to look it up. */
public class PortalUser extends User {

	private final long accountId;

	private final String displayName;

	private final Role role;

	PortalUser(Account account) {
		this(account.getId(), account.getEmail(), account.getPasswordHash(), account.getDisplayName(),
				account.getRole(), account.isEnabled());
	}

	public PortalUser(long accountId, String email, String passwordHash, String displayName, Role role,
			boolean enabled) {
		super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
		this.accountId = accountId;
		this.displayName = displayName;
		this.role = role;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}
}
