package com.warrantyportal.account;

/** What a signed-in person may do. Owners file claims; agents and supervisors review them; admins run the catalogue. */
public enum Role {
	OWNER, AGENT, SUPERVISOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
