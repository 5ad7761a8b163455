package com.warrantyportal.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a fresh production database from {@code WARRANTY_ADMIN_EMAIL} and
 * {@code WARRANTY_ADMIN_PASSWORD}, once: nothing happens when any administrator exists or the e-mail is unset.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final PasswordPolicy passwordPolicy;

	private final String email;

	private final String password;

	AdminBootstrap(AccountService accounts, PasswordPolicy passwordPolicy,
			@Value("${warranty.bootstrap-admin.email:}") String email,
			@Value("${warranty.bootstrap-admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank() || accounts.countByRole(Role.ADMIN) > 0) {
			return;
		}
		if (passwordPolicy.problemWith(password).isPresent()) {
			throw new IllegalStateException("WARRANTY_ADMIN_PASSWORD must be 12 to 128 characters and not a common "
					+ "password; the first administrator was not created");
		}
		try {
			accounts.create(email, password, "Administrator", Role.ADMIN);
			log.info("Created the first administrator, {}", EmailAddress.normalise(email));
		}
		catch (EmailAlreadyRegisteredException ex) {
			// Another instance starting at the same moment created it first.
			log.info("The first administrator, {}, exists already", EmailAddress.normalise(email));
		}
	}
}
