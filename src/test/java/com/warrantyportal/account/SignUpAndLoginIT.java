package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.warrantyportal.support.BrowserSession;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Owner sign-up and sign-in through the real pages and the real database. */
@AutoConfigureMockMvc
class SignUpAndLoginIT extends MySqlIntegrationTest {

	private static final String GOOD_PASSWORD = "violet tractor sings at noon";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	com.warrantyportal.support.Fixtures fixtures;

	@Autowired
	com.warrantyportal.notification.MailOutbox outbox;

	private static String freshEmail() {
		return "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	@Test
	void signsUpAnOwnerWithAHashedPassword() throws Exception {
		String email = freshEmail();
		mvc.perform(post("/signup").with(csrf())
			.param("email", "  " + email.toUpperCase() + " ")
			.param("displayName", "Nina New")
			.param("password", GOOD_PASSWORD)).andExpect(status().isFound());
		String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE email = ?", String.class, email);
		String role = jdbc.queryForObject("SELECT role FROM account WHERE email = ?", String.class, email);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
		assertThat(role).isEqualTo("OWNER");
	}

	@Test
	void aNewOwnerIsSignedInAtOnceAndATakenAddressIsToldByMailWithNothingCreated() throws Exception {
		String fresh = freshEmail();
		String ownersAddress = freshEmail();
		accounts.signUpOwner(ownersAddress, GOOD_PASSWORD, "First");
		String staffAddress = fixtures.staff(Role.AGENT).getEmail();

		BrowserSession newcomer = new BrowserSession();
		mvc.perform(post("/signup").with(csrf()).with(newcomer)
			.param("email", fresh)
			.param("displayName", "Second")
			.param("password", "another long passphrase"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/my"))
			.andDo(newcomer.keep());
		mvc.perform(get("/my").with(newcomer))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("you are signed in")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Please confirm your e-mail address")));
		assertThat(outbox.to(fresh)).singleElement()
			.satisfies(mail -> assertThat(mail.getBodyText()).contains("/confirm-email?token="));

		for (String taken : new String[] { ownersAddress, staffAddress }) {
			BrowserSession visitor = new BrowserSession();
			MvcResult answer = mvc.perform(post("/signup").with(csrf()).with(visitor)
				.param("email", taken)
				.param("displayName", "Second")
				.param("password", "another long passphrase"))
				.andExpect(redirectedUrl("/signup/done"))
				.andDo(visitor.keep())
				.andReturn();
			assertThat(answer.getFlashMap().keySet()).containsOnly("email");
			// Nobody is signed in to the address's account with a password that is not its own.
			mvc.perform(get("/my").with(visitor)).andExpect(status().isFound());
			// The holder learns of it, with where to sign in or choose a new password; nothing is created or changed.
			assertThat(outbox.to(taken)).singleElement().satisfies(mail -> {
				assertThat(mail.getSubject()).isEqualTo("You already have a Warranty Portal account");
				assertThat(mail.getBodyText()).contains("/login").contains("/forgot-password");
			});
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email IN (?, ?)", Integer.class,
				ownersAddress, staffAddress)).isEqualTo(2);
		mvc.perform(post("/login").with(csrf()).param("email", ownersAddress).param("password", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/home"));

		BrowserSession browser = new BrowserSession();
		mvc.perform(post("/signup").with(csrf()).with(browser)
			.param("email", ownersAddress)
			.param("password", "another long passphrase")).andDo(browser.keep());
		mvc.perform(get("/signup/done").with(browser))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Check your inbox")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(ownersAddress)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("already"))));
	}

	@Test
	void refusesAShortPassword() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", freshEmail()).param("password", "short pass"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("between 12 and 128 characters")));
	}

	@Test
	void refusesACommonPasswordAndSaysWhy() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", freshEmail()).param("password", "Password1234"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "signup.password.common"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("list of commonly used passwords")));
	}

	@Test
	void anEmptyFormListsEveryProblemOnceAtTheTopLinkedToItsField() throws Exception {
		String page = mvc.perform(post("/signup").with(csrf()).param("email", "").param("password", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"error-summary\"").contains("There are 2 problems")
			.contains("<a href=\"#email\">Enter your e-mail address.</a>")
			.contains("<a href=\"#password\">Choose a password.</a>");
		// One message beside each field, not "Enter your e-mail address. Enter an e-mail address like …" too.
		assertThat(page).doesNotContain("like name@example.com");
		assertThat(page.split("class=\"field-error\"", -1)).hasSize(3);
		// The page's limits are the server's.
		assertThat(page).containsPattern("id=\"email\"[^>]*maxlength=\"254\"|maxlength=\"254\"[^>]*id=\"email\"")
			.containsPattern("maxlength=\"128\"").containsPattern("maxlength=\"120\"");
	}

	@Test
	void refusesAMalformedAddress() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", "olivia.example.com").param("password", GOOD_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("like name@example.com")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"olivia.example.com\"")));
	}

	@Test
	void wrongPasswordAndUnknownAddressGetTheSameGenericMessage() throws Exception {
		String email = freshEmail();
		accounts.signUpOwner(email, GOOD_PASSWORD, null);
		mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "not the password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("email", freshEmail()).param("password", "whatever it is"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login?error"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("do not match an account")));
	}

	@Test
	void aFailedSignInShowsTheTypedAddressAgainSoOnlyThePasswordIsRetyped() throws Exception {
		String email = freshEmail();
		accounts.signUpOwner(email, GOOD_PASSWORD, null);
		jakarta.servlet.http.Cookie typed = mvc
			.perform(post("/login").with(csrf()).param("email", email).param("password", "not the password"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("SIGN_IN_EMAIL");
		assertThat(typed).isNotNull();
		assertThat(typed.getPath()).isEqualTo("/login");
		assertThat(typed.isHttpOnly()).isTrue();
		mvc.perform(get("/login?error").cookie(typed))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + email + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("do not match an account")));
	}

	@Test
	void signingInGivesANewSessionIdAndLandsOnTheOwnersHome() throws Exception {
		String email = freshEmail();
		accounts.signUpOwner(email, GOOD_PASSWORD, "Olga");
		BrowserSession browser = new BrowserSession();
		// A session before signing in: opening a private page keeps where to go back to in it. (The sign-in page
		// alone creates none: its CSRF token travels in a cookie.)
		mvc.perform(get("/my/products").with(browser)).andDo(browser.keep());
		String before = browser.cookieValue();
		assertThat(before).isNotNull();
		mvc.perform(post("/login").with(csrf()).with(browser).param("email", email).param("password", GOOD_PASSWORD))
			.andDo(browser.keep())
			.andExpect(redirectedUrl("/home"));
		assertThat(browser.cookieValue()).isNotNull().isNotEqualTo(before);
		mvc.perform(get("/home").with(browser))
			.andExpect(redirectedUrl("/my"));
	}
}
