package com.warrantyportal.support;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;

/** Signed-in people for web tests, one per role. */
public final class Users {

	private Users() {
	}

	public static PortalUser of(Role role) {
		return of(role, 1000L + role.ordinal());
	}

	public static PortalUser of(Role role, long accountId) {
		String email = role.name().toLowerCase() + accountId + "@example.com";
		return new PortalUser(accountId, email, "{noop}x", role.name() + " " + accountId, role, true);
	}
}
