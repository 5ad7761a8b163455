package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.notification.OutboxMail;
import com.warrantyportal.support.BrowserSession;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Forgot password, through the real pages and the mail outbox. */
@AutoConfigureMockMvc
class PasswordResetIT extends MySqlIntegrationTest {

	private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailOutbox outbox;

	@Test
	void anOwnerChoosesANewPasswordThroughTheMailedLinkOnce() throws Exception {
		Account owner = fixtures.owner();
		mvc.perform(post("/forgot-password").param("email", owner.getEmail().toUpperCase()).with(csrf()))
			.andExpect(content().string(containsString("we have sent it a link")));
		OutboxMail mail = outbox.to(owner.getEmail()).get(0);
		Matcher link = LINK.matcher(mail.getBodyText());
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		mvc.perform(post("/reset-password").param("token", token).param("password", "password1234").with(csrf()))
			.andExpect(content().string(containsString("commonly used passwords")))
			.andExpect(content().string(containsString("name=\"token\"")));
		mvc.perform(post("/reset-password").param("token", token).param("password", "a brand new passphrase")
			.with(csrf())).andExpect(redirectedUrl("/login"));

		mvc.perform(post("/login").with(csrf()).param("email", owner.getEmail()).param("password",
				"violet tractor sings at noon")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("email", owner.getEmail()).param("password",
				"a brand new passphrase")).andExpect(redirectedUrl("/home"));
		mvc.perform(get("/reset-password").param("token", token))
			.andExpect(content().string(containsString("expired or was already used")));
	}

	@Test
	void choosingANewPasswordSignsTheAccountOutEverywhere() throws Exception {
		Account owner = fixtures.owner();
		BrowserSession elsewhere = new BrowserSession();
		mvc.perform(post("/login").with(csrf()).with(elsewhere).param("email", owner.getEmail()).param("password",
				"violet tractor sings at noon")).andDo(elsewhere.keep()).andExpect(redirectedUrl("/home"));
		mvc.perform(get("/my/products").with(elsewhere))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

		mvc.perform(post("/forgot-password").param("email", owner.getEmail()).with(csrf()));
		Matcher link = LINK.matcher(outbox.to(owner.getEmail()).get(0).getBodyText());
		assertThat(link.find()).isTrue();
		mvc.perform(post("/reset-password").param("token", link.group(1)).param("password", "a brand new passphrase")
			.with(csrf())).andExpect(redirectedUrl("/login"));

		// The session opened with the old password is gone from the session table every instance shares.
		mvc.perform(get("/my/products").with(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String nobody = "nobody-" + Fixtures.unique() + "@example.com";
		mvc.perform(post("/forgot-password").param("email", nobody).with(csrf()))
			.andExpect(content().string(containsString("we have sent it a link")));
		assertThat(outbox.to(nobody)).isEmpty();
	}
}
