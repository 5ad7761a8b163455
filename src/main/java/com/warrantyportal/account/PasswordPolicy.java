package com.warrantyportal.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The one password rule of the portal: 12 to 128 characters and not on the shipped list of common passwords. */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final CommonPasswords commonPasswords;

	public PasswordPolicy(CommonPasswords commonPasswords) {
		this.commonPasswords = commonPasswords;
	}

	/** The message code of what is wrong with the password, or empty when it is acceptable. */
	public Optional<String> problemWith(String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return Optional.of("signup.password.length");
		}
		if (commonPasswords.contains(password)) {
			return Optional.of("signup.password.common");
		}
		return Optional.empty();
	}
}
