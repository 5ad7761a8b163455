package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(new CommonPasswords());

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(policy.problemWith("violet tractor sings at noon")).isEmpty();
	}

	@Test
	void refusesShortAndOverlongPasswords() {
		assertThat(policy.problemWith("eleven char")).contains("signup.password.length");
		assertThat(policy.problemWith("x".repeat(129))).contains("signup.password.length");
		assertThat(policy.problemWith(null)).contains("signup.password.length");
	}

	@Test
	void refusesCommonPasswordsOfAnyLength() {
		assertThat(policy.problemWith("Password1234")).contains("signup.password.common");
	}
}
