package com.warrantyportal.account.web;

import jakarta.validation.constraints.Size;

/** What the sign-up page posts. Separate from {@code Account} so no request can bind a role or an id. */
public class SignUpForm extends AccountFields {

	@Size(max = 120, message = "{signup.name.tooLong}")
	private String displayName;

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}
}
