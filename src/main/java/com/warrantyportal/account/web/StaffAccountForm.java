package com.warrantyportal.account.web;

import com.warrantyportal.account.Role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new staff account: the administrator gives a first password and hands it over. */
public class StaffAccountForm extends AccountFields {

	@NotBlank(message = "{account.name.required}")
	@Size(max = 120, message = "{signup.name.tooLong}")
	private String displayName;

	@NotNull(message = "{account.role.required}")
	private Role role;

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}
}
