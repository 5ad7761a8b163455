package com.warrantyportal.account;

import java.util.Locale;

/** E-mail addresses are compared without case and surrounding spaces: {@code " Ann@Example.com"} is {@code ann@example.com}. */
public final class EmailAddress {

	private EmailAddress() {
	}

	public static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
