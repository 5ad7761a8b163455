package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

	private final AccountService accounts = mock(AccountService.class);

	@Test
	void createsTheFirstAdministratorOnlyWhenThereIsNone() {
		given(accounts.countByRole(Role.ADMIN)).willReturn(0L);
		new AdminBootstrap(accounts, new PasswordPolicy(new CommonPasswords()), "root@example.com", "a long and unusual secret").run(null);
		verify(accounts).create("root@example.com", "a long and unusual secret", "Administrator", Role.ADMIN);
	}

	@Test
	void doesNothingWhenAnAdministratorExistsOrNoAddressIsGiven() {
		given(accounts.countByRole(Role.ADMIN)).willReturn(1L);
		new AdminBootstrap(accounts, new PasswordPolicy(new CommonPasswords()), "root@example.com", "a long and unusual secret").run(null);
		new AdminBootstrap(accounts, new PasswordPolicy(new CommonPasswords()), "", "").run(null);
		verify(accounts, never()).create(any(), any(), any(), any());
	}

	@Test
	void refusesAWeakFirstPassword() {
		given(accounts.countByRole(Role.ADMIN)).willReturn(0L);
		assertThatThrownBy(() -> new AdminBootstrap(accounts, new PasswordPolicy(new CommonPasswords()), "root@example.com",
				"password1234").run(null)).hasMessageContaining("WARRANTY_ADMIN_PASSWORD");
	}
}
