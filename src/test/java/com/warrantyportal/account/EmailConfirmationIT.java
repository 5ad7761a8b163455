package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.notification.OutboxMail;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.registration.RegistrationProblem;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A new owner confirms their address by a mailed link before they may ask to take over someone's product. */
@AutoConfigureMockMvc
class EmailConfirmationIT extends MySqlIntegrationTest {

	private static final Pattern LINK = Pattern.compile("/confirm-email\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	OwnerProducts products;

	@Autowired
	MailOutbox outbox;

	private Account signedUpThroughThePage() throws Exception {
		String email = "new-" + Fixtures.unique() + "@example.com";
		mvc.perform(post("/signup").with(csrf())
			.param("email", email)
			.param("displayName", "Nell New")
			.param("password", "violet tractor sings at noon")).andExpect(redirectedUrl("/my"));
		return accounts.findByEmail(email).orElseThrow();
	}

	private static String tokenIn(OutboxMail mail) {
		Matcher link = LINK.matcher(mail.getBodyText());
		assertThat(link.find()).as("a confirmation link in %s", mail.getBodyText()).isTrue();
		return link.group(1);
	}

	private RegistrationOutcome askToTakeOver(Account buyer, long modelId, String serial) {
		return products.register(new RegisterProduct(buyer.getId(), modelId, serial, LocalDate.of(2025, 5, 2),
				"Second-hand", new BigDecimal("150.00"), null));
	}

	@Test
	void aNewOwnerConfirmsByTheLinkBeforeAskingToTakeOverAProduct() throws Exception {
		Fixtures.Catalogue catalogue = fixtures.catalogue();
		String serial = "TV" + Fixtures.unique();
		assertThat(askToTakeOver(fixtures.owner(), catalogue.tv().getId(), serial))
			.isInstanceOf(RegistrationOutcome.Registered.class);
		Account buyer = signedUpThroughThePage();
		assertThat(buyer.isEmailConfirmed()).isFalse();

		RegistrationOutcome before = askToTakeOver(buyer, catalogue.tv().getId(), serial);
		assertThat(before).isInstanceOf(RegistrationOutcome.Refused.class);
		assertThat(((RegistrationOutcome.Refused) before).problems()).extracting(RegistrationProblem::code)
			.containsExactly("product.serial.confirmEmailFirst");
		mvc.perform(get("/my").with(user(Fixtures.user(buyer))))
			.andExpect(content().string(containsString("Please confirm your e-mail address")));

		String token = tokenIn(outbox.to(buyer.getEmail()).get(0));
		mvc.perform(get("/confirm-email").param("token", token))
			.andExpect(content().string(containsString("your e-mail address is confirmed")));

		assertThat(accounts.isEmailConfirmed(buyer.getId())).isTrue();
		assertThat(askToTakeOver(buyer, catalogue.tv().getId(), serial))
			.isInstanceOf(RegistrationOutcome.TransferRequested.class);
		mvc.perform(get("/my").with(user(Fixtures.user(buyer))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Please confirm your e-mail address"))));
		mvc.perform(get("/confirm-email").param("token", token))
			.andExpect(content().string(containsString("expired or was already used")));
	}

	@Test
	void anOwnerWithoutTheMailAsksForANewLinkThatWorks() throws Exception {
		Account owner = signedUpThroughThePage();
		mvc.perform(post("/my/email-confirmation").with(csrf()).with(user(Fixtures.user(owner))))
			.andExpect(redirectedUrl("/my"))
			.andExpect(flash().attribute("message", "confirmEmail.resent"));

		assertThat(outbox.to(owner.getEmail())).hasSize(2);
		mvc.perform(get("/confirm-email").param("token", tokenIn(outbox.to(owner.getEmail()).get(1))))
			.andExpect(content().string(containsString("your e-mail address is confirmed")));
		mvc.perform(post("/my/email-confirmation").with(csrf()).with(user(Fixtures.user(owner))))
			.andExpect(flash().attribute("message", "confirmEmail.already"));
		assertThat(outbox.to(owner.getEmail())).hasSize(2);
		mvc.perform(get("/confirm-email").param("token", "not-a-token"))
			.andExpect(content().string(containsString("expired or was already used")));
	}

	@Test
	void aPasswordResetThroughTheMailedLinkConfirmsTheAddressToo() throws Exception {
		// Someone else signed up with this address first; its holder takes the account over by a password reset.
		Account squatted = signedUpThroughThePage();
		mvc.perform(post("/forgot-password").with(csrf()).param("email", squatted.getEmail()));
		Matcher link = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)")
			.matcher(outbox.to(squatted.getEmail()).get(1).getBodyText());
		assertThat(link.find()).isTrue();
		mvc.perform(post("/reset-password").with(csrf()).param("token", link.group(1))
			.param("password", "the holder's own passphrase")).andExpect(redirectedUrl("/login"));

		assertThat(accounts.isEmailConfirmed(squatted.getId())).isTrue();
	}

	@Test
	void accountsMadeByOthersCountAsConfirmed() {
		assertThat(accounts.isEmailConfirmed(fixtures.owner().getId())).isTrue();
		assertThat(accounts.isEmailConfirmed(fixtures.staff(Role.AGENT).getId())).isTrue();
	}
}
