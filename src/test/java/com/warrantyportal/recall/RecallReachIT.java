package com.warrantyportal.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.ProductSort;
import com.warrantyportal.registration.ProductView;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Recalls that reach people: the reach before opening, one mail per owner when it opens, "possibly affected" units
 * whose manufacture date is unknown, and the remedy staff record per unit, after which the recall stops showing.
 */
@AutoConfigureMockMvc
class RecallReachIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitService units;

	@Autowired
	RegistrationService registrations;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	Recalls recalls;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	private Unit registered(Catalogue catalogue, int n, LocalDate made, Account owner) {
		Unit unit = units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(),
				SerialNumber.of(catalogue.registeredFridgeSerial(n)), SerialStatus.OK, made);
		registrations.register(unit.getId(), owner.getId(), LocalDate.now().minusMonths(6), "Test shop",
				new BigDecimal("899.00"), true, LocalDate.now().minusMonths(6), null, true);
		return unit;
	}

	private MockHttpServletRequestBuilder campaign(Catalogue catalogue, String title) {
		return post("/admin/recalls").param("title", title)
			.param("modelIds", String.valueOf(catalogue.fridge().getId()))
			.param("component", "compressor")
			.param("remedy", "Free compressor relay replacement at home.")
			.param("manufacturedFrom", "2024-01-01")
			.param("manufacturedTo", "2024-06-30")
			.with(csrf())
			.with(user(Fixtures.user(fixtures.staff(Role.ADMIN))));
	}

	@Test
	void aRecallReachesEachOwnerOnceAndEachUnitUntilItsRemedyIsCarriedOut() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		Account twoUnits = fixtures.owner();
		Account undatedOwner = fixtures.owner();
		Account outside = fixtures.owner();
		Unit first = registered(catalogue, 11, LocalDate.of(2024, 3, 1), twoUnits);
		Unit second = registered(catalogue, 12, LocalDate.of(2024, 4, 1), twoUnits);
		Unit undated = registered(catalogue, 13, null, undatedOwner);
		registered(catalogue, 14, LocalDate.of(2023, 1, 1), outside);
		String title = "Compressor relay " + Fixtures.unique();

		// Before opening: who it would reach; nothing is saved and nobody mailed.
		mvc.perform(campaign(catalogue, title).param("preview", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("would cover <strong>2</strong>")))
			.andExpect(content().string(containsString("possibly 1 more")))
			.andExpect(content().string(containsString("e-mail <strong>2</strong> owners")));
		assertThat(recalls.all()).noneMatch(c -> c.getTitle().equals(title));
		assertThat(outbox.to(twoUnits.getEmail())).isEmpty();

		mvc.perform(campaign(catalogue, title)).andExpect(status().isFound())
			.andExpect(flash().attribute("message", "recall.opened"));
		// The owners are told once the campaign has committed, in a transaction of their own.
		await().untilAsserted(() -> assertThat(outbox.to(undatedOwner.getEmail())).hasSize(1));
		assertThat(outbox.to(twoUnits.getEmail())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Recall: " + title);
			assertThat(mail.getBodyText()).contains(first.getSerialDisplay(), second.getSerialDisplay(),
					"Free compressor relay replacement at home.");
		});
		assertThat(outbox.to(undatedOwner.getEmail())).hasSize(1);
		assertThat(outbox.to(outside.getEmail())).isEmpty();

		// The owner whose unit's date is unknown is told it may be affected.
		ProductView possibly = productViews.list(undatedOwner.getId(), ProductSort.MODEL).get(0);
		assertThat(possibly.openRecall()).isFalse();
		assertThat(possibly.possibleRecalls()).singleElement().asString().contains(title);
		var agent = user(Fixtures.user(fixtures.staff(Role.AGENT)));
		mvc.perform(get("/staff/units/{s}", undated.getSerial().key())
			.param("manufacturer", catalogue.registryMaker().getId().toString())
			.with(agent))
			.andExpect(content().string(containsString("Possibly affected")));

		// Staff record the remedy on the first unit: it stops showing the recall; the second still does.
		long campaignId = recalls.all().stream().filter(c -> c.getTitle().equals(title)).findFirst().orElseThrow().getId();
		mvc.perform(get("/staff/units/{s}", first.getSerial().key())
			.param("manufacturer", catalogue.registryMaker().getId().toString())
			.with(agent))
			.andExpect(content().string(containsString("Remedy pending")));
		mvc.perform(post("/staff/units/{s}/recalls/{c}/remedied", first.getSerial().key(), campaignId)
			.param("manufacturer", catalogue.registryMaker().getId().toString())
			.with(csrf())
			.with(agent)).andExpect(flash().attribute("message", "recall.remedied"));
		// Again, from a claim page: nothing more is recorded, and staff are back on the claim.
		mvc.perform(post("/staff/units/{s}/recalls/{c}/remedied", first.getSerial().key(), campaignId)
			.param("manufacturer", catalogue.registryMaker().getId().toString())
			.param("claim", "WC-2026-000123")
			.with(csrf())
			.with(agent))
			.andExpect(flash().attribute("problem", "recall.remedyNotRecorded"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/staff/claims/WC-2026-000123"));
		assertThat(recalls.openFor(first.getId())).isEmpty();
		// A buyer checking the serials sees the open recall on the second unit, not on the remedied one.
		mvc.perform(get("/check").param("serial", second.getSerialDisplay()))
			.andExpect(content().string(containsString(title + ": Free compressor relay replacement at home.")));
		mvc.perform(get("/check").param("serial", first.getSerialDisplay()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
		assertThat(recalls.openFor(second.getId())).extracting(RecallCampaign::getTitle).containsExactly(title);
		assertThat(productViews.list(twoUnits.getId(), ProductSort.SERIAL)).extracting(ProductView::openRecall)
			.containsExactly(false, true);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'RECALL_REMEDIED' AND "
				+ "target_id = ?", Long.class, String.valueOf(campaignId))).isEqualTo(1);

		// The campaign's page lists its units with their remedy status, filtered, and as CSV.
		var admin = user(Fixtures.user(fixtures.staff(Role.ADMIN)));
		mvc.perform(get("/admin/recalls/{id}", campaignId).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 units covered")))
			.andExpect(content().string(containsString(first.getSerialDisplay())))
			.andExpect(content().string(containsString(undated.getSerialDisplay())))
			.andExpect(content().string(containsString("2 e-mailed when it opened")));
		mvc.perform(get("/admin/recalls/{id}", campaignId).param("remedy", "PENDING").with(admin))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(first.getSerialDisplay()))))
			.andExpect(content().string(containsString(second.getSerialDisplay())));
		String csv = mvc.perform(get("/admin/recalls/{id}/units.csv", campaignId).with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(4)
			.anySatisfy(line -> assertThat(line).startsWith(first.getSerialDisplay()).contains(",remedied,"))
			.anySatisfy(line -> assertThat(line).startsWith(undated.getSerialDisplay()).contains(",true,true,pending"));
	}
}
