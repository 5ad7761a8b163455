package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

	private final CommonPasswords common = new CommonPasswords();

	@Test
	void knowsTheShippedList() {
		assertThat(common.size()).isGreaterThan(100);
		assertThat(common.contains("password1234")).isTrue();
	}

	@Test
	void comparesWithoutCase() {
		assertThat(common.contains("PassWord1234")).isTrue();
	}

	@Test
	void acceptsAnUncommonPassphrase() {
		assertThat(common.contains("violet tractor sings at noon")).isFalse();
	}
}
