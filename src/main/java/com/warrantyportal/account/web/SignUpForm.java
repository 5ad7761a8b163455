package com.warrantyportal.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the sign-up page posts. Separate from {@code Account} so no request can bind a role or an id. */
public class SignUpForm {

	@NotBlank(message = "{signup.email.required}")
	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{signup.email.malformed}")
	@Size(max = 254, message = "{signup.email.tooLong}")
	private String email;

	@Size(max = 120, message = "{signup.name.tooLong}")
	private String displayName;

	@NotBlank(message = "{signup.password.required}")
	@Size(min = 12, max = 128, message = "{signup.password.length}")
	private String password;

	public String getEmail() {
		return email;
	}

	/** Phones like to add a trailing space after an address; it is not part of it. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
