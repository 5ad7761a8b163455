package com.warrantyportal.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A retailer registers a sold unit for its buyer through the API; the buyer is mailed an invitation and adds the
 * product to their account with it, by the registration form's rules; others cannot.
 */
@AutoConfigureMockMvc
class RetailSalesIT extends MySqlIntegrationTest {

	private static final Pattern LINK = Pattern.compile("/my/invitations/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiClients clients;

	@Autowired
	JdbcTemplate jdbc;

	private Fixtures.Catalogue catalogue;

	private Account buyer;

	private String shop;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		buyer = fixtures.owner();
		shop = issue(ApiScope.RETAILER, null);
	}

	private String issue(ApiScope scope, Long manufacturerId) {
		return TestTokens.issue(clients, scope, manufacturerId);
	}

	private String sale(String serial, LocalDate soldOn, String email) {
		return """
				{"serial":"%s","modelNumber":"%s","purchaseDate":"%s","price":349.00,"receiptReference":"TILL-4-0001",
				 "buyerEmail":"%s"}""".formatted(serial, catalogue.tv().getModelNumber(), soldOn, email);
	}

	/** The invitation token from the last mail to the buyer. */
	private String invitation() {
		String text = jdbc.queryForObject("SELECT body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1",
				String.class, buyer.getEmail());
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("the invitation link in the mail").isTrue();
		return matcher.group(1);
	}

	@Test
	void theBuyerAddsTheProductTheShopRegisteredAndTheShopSeesItAccepted() throws Exception {
		String serial = "TV" + Fixtures.unique().toUpperCase();
		String key = "till-" + Fixtures.unique();
		String created = mvc.perform(post("/api/v1/sales").header("Authorization", "Bearer " + shop)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(sale(serial, LocalDate.now().minusDays(1), buyer.getEmail())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("INVITED"))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(created, "$.id");
		mvc.perform(post("/api/v1/sales").header("Authorization", "Bearer " + shop).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(sale(serial, LocalDate.now().minusDays(1), buyer.getEmail())))
			.andExpect(jsonPath("$.id").value(id));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class,
				buyer.getEmail())).isOne();
		String token = invitation();

		Account stranger = fixtures.owner();
		mvc.perform(get("/my/invitations/{t}", token).with(user(Fixtures.user(stranger))))
			.andExpect(content().string(containsString("This invitation was sent to another e-mail address")));
		mvc.perform(post("/my/invitations/{t}", token).with(csrf()).with(user(Fixtures.user(stranger))))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE owner_id = ?", Integer.class,
				stranger.getId())).isZero();

		mvc.perform(get("/my/invitations/{t}", token).with(user(Fixtures.user(buyer))))
			.andExpect(content().string(containsString("Add to my products")))
			.andExpect(content().string(containsString(catalogue.tv().getModelNumber())));
		mvc.perform(post("/my/invitations/{t}", token).with(csrf()).with(user(Fixtures.user(buyer))))
			.andExpect(redirectedUrlPattern("/my/products/*"));
		assertThat(jdbc.queryForObject("SELECT retailer FROM registration WHERE owner_id = ?", String.class,
				buyer.getId())).startsWith("Org ");
		mvc.perform(get("/my/invitations/{t}", token).with(user(Fixtures.user(buyer))))
			.andExpect(content().string(containsString("This product was added already")));
		mvc.perform(get("/api/v1/sales/{id}", id).header("Authorization", "Bearer " + shop))
			.andExpect(jsonPath("$.state").value("ACCEPTED"));
		mvc.perform(get("/api/v1/sales/{id}", id).header("Authorization", "Bearer " + issue(ApiScope.RETAILER, null)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/my/invitations/{t}", "no-such-invitation").with(user(Fixtures.user(buyer))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSaleTheRulesRefuseLeavesTheInvitationOpenAndSaysWhy() throws Exception {
		mvc.perform(post("/api/v1/sales").header("Authorization", "Bearer " + shop).contentType(MediaType.APPLICATION_JSON)
			.content(sale("TV" + Fixtures.unique().toUpperCase(), LocalDate.of(2020, 1, 1), buyer.getEmail())))
			.andExpect(status().isCreated());
		String token = invitation();
		mvc.perform(post("/my/invitations/{t}", token).with(csrf()).with(user(Fixtures.user(buyer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("It could not be added to your products")))
			.andExpect(content().string(containsString("Add to my products")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE owner_id = ?", Integer.class,
				buyer.getId())).isZero();
	}

	@Test
	void badSalesAndOtherScopesAreRefusedAsProblems() throws Exception {
		mvc.perform(post("/api/v1/sales").header("Authorization", "Bearer " + shop).contentType(MediaType.APPLICATION_JSON)
			.content("{\"serial\":\"\",\"modelNumber\":\"NO-SUCH\",\"purchaseDate\":\"2999-01-01\",\"buyerEmail\":\"nope\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors.length()").value(3));
		mvc.perform(post("/api/v1/sales").header("Authorization", "Bearer " + shop).contentType(MediaType.APPLICATION_JSON)
			.content(sale("X1", LocalDate.now(), buyer.getEmail()).replace(catalogue.tv().getModelNumber(), "NO-SUCH")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("modelNumber"));
		mvc.perform(post("/api/v1/sales").header("Authorization", "Bearer " + issue(ApiScope.MANUFACTURER,
				catalogue.plainMaker().getId())).contentType(MediaType.APPLICATION_JSON)
			.content(sale("X1", LocalDate.now(), buyer.getEmail())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class,
				buyer.getEmail())).isZero();
	}
}
