package com.warrantyportal.account.web;

import com.warrantyportal.account.Role;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new staff account: the administrator gives a first password and hands it over. */
public class StaffAccountForm {

	@NotBlank(message = "{signup.email.required}")
	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{signup.email.malformed}")
	@Size(max = 254, message = "{signup.email.tooLong}")
	private String email;

	@NotBlank(message = "{account.name.required}")
	@Size(max = 120, message = "{signup.name.tooLong}")
	private String displayName;

	@NotNull(message = "{account.role.required}")
	private Role role;

	@NotBlank(message = "{signup.password.required}")
	@Size(min = 12, max = 128, message = "{signup.password.length}")
	private String password;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
