package com.warrantyportal.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import javax.sql.DataSource;

import com.warrantyportal.account.Account;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password guessing is slowed per client, never by locking the account's owner out: failures count per client
 * address and e-mail address, and per client address over all accounts; each is audited.
 */
@SpringBootTest
@ActiveProfiles("mysql")
@AutoConfigureMockMvc
@Import(Fixtures.class)
class SignInThrottleIT {

	private static final String PASSWORD = "violet tractor sings at noon";

	private static final int PER_ADDRESS = 12;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlIntegrationTest.testProperties(registry);
		registry.add("warranty.sign-in.failures-per-address", () -> String.valueOf(PER_ADDRESS));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	private static String someAddress() {
		return "10.%d.%d.%d".formatted((int) (Math.random() * 250) + 1, (int) (Math.random() * 250) + 1,
				(int) (Math.random() * 250) + 1);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private ResultActions signIn(String address, String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("email", email).param("password",
				password));
	}

	@Test
	void tenWrongPasswordsSlowTheGuesserButNotTheOwnerSigningInFromElsewhere() throws Exception {
		Account owner = fixtures.owner();
		String attacker = someAddress();
		for (int guess = 0; guess < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; guess++) {
			signIn(attacker, owner.getEmail(), "wrong " + guess).andExpect(redirectedUrl("/login?error"));
		}

		// Even the right password is turned away from the guesser's address, before it is checked ...
		signIn(attacker, owner.getEmail(), PASSWORD).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked")).andExpect(content().string(containsString("Too many failed sign-ins")));
		// ... while the owner, at home, signs in as usual, again and again.
		String home = someAddress();
		signIn(home, owner.getEmail(), PASSWORD).andExpect(redirectedUrl("/home"));
		signIn(home, owner.getEmail(), "a typo").andExpect(redirectedUrl("/login?error"));
		signIn(home, owner.getEmail(), PASSWORD).andExpect(redirectedUrl("/home"));

		assertThat(audit.of(LoginThrottle.AUDIT_TARGET, attacker)).extracting(AuditEntry::getAction)
			.containsOnly(LoginThrottle.AUDIT_FAILED, LoginThrottle.AUDIT_THROTTLED)
			.filteredOn(LoginThrottle.AUDIT_FAILED::equals)
			.hasSize(LoginThrottle.PER_ACCOUNT_AND_ADDRESS);
		assertThat(audit.of(LoginThrottle.AUDIT_TARGET, attacker)).extracting(AuditEntry::getActor)
			.containsOnly(owner.getEmail());
	}

	@Test
	void oneClientSprayingAPasswordOverManyAccountsIsTurnedAway() throws Exception {
		String sprayer = someAddress();
		for (int account = 0; account < PER_ADDRESS; account++) {
			// Accounts that exist and addresses that do not count alike.
			String email = account % 2 == 0 ? fixtures.owner().getEmail()
					: "nobody-" + Fixtures.unique() + "@example.com";
			signIn(sprayer, email, "Summer2026!pass").andExpect(redirectedUrl("/login?error"));
		}
		Account next = fixtures.owner();

		signIn(sprayer, next.getEmail(), PASSWORD).andExpect(redirectedUrl("/login?locked"));
		signIn(someAddress(), next.getEmail(), PASSWORD).andExpect(redirectedUrl("/home"));
		assertThat(audit.of(LoginThrottle.AUDIT_TARGET, sprayer)).extracting(AuditEntry::getAction)
			.containsSubsequence(LoginThrottle.AUDIT_FAILED, LoginThrottle.AUDIT_THROTTLED);
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	private static void failFrom(LoginThrottle throttle, String client, String email) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
				"wrong");
		attempt.setDetails(new WebAuthenticationDetails(client, null));
		throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt,
				new BadCredentialsException("Bad credentials")));
	}

	@Test
	void aChangedLimitPerAddressAppliesToAClientThatReachedTheOldOne() {
		String client = someAddress();
		LoginThrottle two = new LoginThrottle(dataSource, audit, transactions, 2);
		failFrom(two, client, Fixtures.unique() + "@example.com");
		failFrom(two, client, Fixtures.unique() + "@example.com");
		assertThat(two.refuses(Fixtures.unique() + "@example.com", client)).isTrue();

		LoginThrottle restartedWithFive = new LoginThrottle(dataSource, audit, transactions, 5);
		assertThat(restartedWithFive.refuses(Fixtures.unique() + "@example.com", client)).isFalse();
	}
}
