package com.warrantyportal.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** E-mail and password, as both the sign-up form and the staff-account form ask for them. */
abstract class AccountFields {

	@NotBlank(message = "{signup.email.required}")
	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{signup.email.malformed}")
	@Size(max = 254, message = "{signup.email.tooLong}")
	private String email;

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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
