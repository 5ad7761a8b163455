package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-ups and password-reset requests each may send a mail: a few a minute per client address, then a page that
 * asks to wait, with what was typed kept, and HTTP 429.
 */
@SpringBootTest
@ActiveProfiles("mysql")
@AutoConfigureMockMvc
@Import(Fixtures.class)
class AccountLimitsIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlIntegrationTest.testProperties(registry);
		registry.add("warranty.signup.per-minute", () -> "3");
		registry.add("warranty.password-reset.per-minute", () -> "3");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

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

	@Test
	void aClientSigningUpTooOftenIsAskedToWaitAndOthersAreNot() throws Exception {
		String client = someAddress();
		for (int n = 0; n < 3; n++) {
			mvc.perform(post("/signup").with(csrf()).with(from(client))
				.param("email", "burst-" + Fixtures.unique() + "@example.com")
				.param("password", "violet tractor sings at noon")).andExpect(status().isFound());
		}
		String fourth = "burst-" + Fixtures.unique() + "@example.com";

		mvc.perform(post("/signup").with(csrf()).with(from(client)).param("email", fourth)
			.param("password", "violet tractor sings at noon"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("You have tried many times in a short time")))
			.andExpect(content().string(containsString("value=\"" + fourth + "\"")));
		assertThat(outbox.to(fourth)).isEmpty();

		mvc.perform(post("/signup").with(csrf()).with(from(someAddress())).param("email", fourth)
			.param("password", "violet tractor sings at noon")).andExpect(status().isFound());
	}

	@Test
	void aClientAskingForResetLinksTooOftenIsAskedToWaitAndOthersAreNot() throws Exception {
		String client = someAddress();
		String email = "reset-" + Fixtures.unique() + "@example.com";
		for (int n = 0; n < 3; n++) {
			mvc.perform(post("/forgot-password").with(csrf()).with(from(client)).param("email", email))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("we have sent it a link")));
		}

		mvc.perform(post("/forgot-password").with(csrf()).with(from(client)).param("email", email))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("You have tried many times in a short time")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("we have sent it a link"))));

		mvc.perform(post("/forgot-password").with(csrf()).with(from(someAddress())).param("email", email))
			.andExpect(status().isOk());
	}
}
