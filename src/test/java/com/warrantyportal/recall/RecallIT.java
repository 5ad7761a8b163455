package com.warrantyportal.recall;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.Coverage;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.ProductSort;
import com.warrantyportal.registration.ProductView;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Recall campaigns opened by an administrator reach owners' badges and the claim verdict (rule 3). */
@AutoConfigureMockMvc
class RecallIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	ClaimService claims;

	@Autowired
	RegistrationService registrations;

	@Autowired
	Recalls recalls;

	Catalogue catalogue;

	Account admin;

	Account owner;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		admin = fixtures.staff(Role.ADMIN);
		owner = fixtures.owner();
	}

	private Registration tvWithSerial(String serial, LocalDate bought) {
		RegistrationOutcome outcome = products.register(new RegisterProduct(owner.getId(), catalogue.tv().getId(),
				serial, bought, "Shop", BigDecimal.TEN, null));
		Registration registration = ((RegistrationOutcome.Registered) outcome).registration();
		return registrations.verifyProof(registration.getId());
	}

	@Test
	void aRecallCoversTheUnitsInItsSerialRangeForItsComponentEvenAfterExpiry() throws Exception {
		String prefix = "RC" + Fixtures.unique().toUpperCase();
		Registration inside = tvWithSerial(prefix + "0500", LocalDate.now().minusYears(2));
		Registration outside = tvWithSerial(prefix + "0900", LocalDate.now().minusYears(2));
		Claim filedBefore = claims.file(inside.getId(), inside.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "power supply", Cause.DEFECT, "It clicked and then went dark.");
		assertThat(claims.find(filedBefore.getId()).orElseThrow().getVerdictStatus())
			.isEqualTo(VerdictStatus.NOT_ELIGIBLE);

		mvc.perform(post("/admin/recalls").param("title", "Power supply overheating")
			.param("modelIds", String.valueOf(catalogue.tv().getId()))
			.param("component", "Power supply")
			.param("remedy", "Free power supply replacement.")
			.param("serialFrom", prefix + "0001")
			.param("serialTo", prefix + "0800")
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isFound());

		assertThat(productViews.list(owner.getId(), ProductSort.SERIAL)).extracting(ProductView::openRecall)
			.containsExactly(true, false);

		Claim recalled = claims.file(inside.getId(), inside.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "power supply", Cause.DEFECT, "It clicks and smells of burning.");
		assertThat(claims.find(recalled.getId()).orElseThrow().getVerdictStatus()).isEqualTo(VerdictStatus.ELIGIBLE);
		assertThat(claims.find(recalled.getId()).orElseThrow().getVerdictCoverage()).isEqualTo(Coverage.RECALL);

		Claim otherPart = claims.file(inside.getId(), inside.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "remote", Cause.DEFECT, "The remote stopped working entirely.");
		assertThat(claims.find(otherPart.getId()).orElseThrow().getVerdictStatus())
			.isEqualTo(VerdictStatus.NOT_ELIGIBLE);
		Claim notCovered = claims.file(outside.getId(), outside.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "power supply", Cause.DEFECT, "It clicks and smells of burning.");
		assertThat(claims.find(notCovered.getId()).orElseThrow().getVerdictStatus())
			.isEqualTo(VerdictStatus.NOT_ELIGIBLE);

		// The claim filed before the recall opened was re-evaluated when it opened, and again when it closes.
		await().untilAsserted(() -> assertThat(claims.find(filedBefore.getId()).orElseThrow().getVerdictCoverage())
			.isEqualTo(Coverage.RECALL));
		RecallCampaign campaign = recalls.openFor(inside.getUnitId()).get(0);
		mvc.perform(post("/admin/recalls/{id}/close", campaign.getId())
			.param("version", String.valueOf(campaign.getVersion()))
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isFound());
		assertThat(recalls.openFor(inside.getUnitId())).isEmpty();
		await().untilAsserted(() -> assertThat(claims.find(filedBefore.getId()).orElseThrow().getVerdictStatus())
			.isEqualTo(VerdictStatus.NOT_ELIGIBLE));
	}

	@Test
	void aCampaignMustStayWithinOneManufacturerAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/recalls").param("title", "Mixed recall")
			.param("modelIds", String.valueOf(catalogue.tv().getId()), String.valueOf(catalogue.fridge().getId()))
			.param("component", "*")
			.param("remedy", "Something.")
			.with(csrf())
			.with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("models of one manufacturer only")))
			.andExpect(content().string(containsString("value=\"Mixed recall\"")));
	}

	@Test
	void findingModelsKeepsWhatWasTypedAndTickedAndComplainsOfNothingYet() throws Exception {
		long tv = catalogue.tv().getId();
		long fridge = catalogue.fridge().getId();
		String page = mvc.perform(post("/admin/recalls").param("find", "1")
			.param("title", "Door seal")
			.param("modelIds", String.valueOf(tv))
			.param("modelSearch", catalogue.fridge().getModelNumber().toLowerCase(java.util.Locale.ROOT))
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"Door seal\"")
			.contains("value=\"" + tv + "\" checked")
			.contains("value=\"" + fridge + "\">")
			.doesNotContain("Say what owners get")
			.doesNotContain("Give the campaign a title");
		// A search that finds nothing says so; the ticked model stays ticked.
		mvc.perform(post("/admin/recalls").param("find", "1")
			.param("modelIds", String.valueOf(tv))
			.param("modelSearch", "no such model " + Fixtures.unique())
			.with(csrf())
			.with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No model to add matches")))
			.andExpect(content().string(containsString("value=\"" + tv + "\" checked")));
	}

	@Test
	void aModelFoundOnTheFormIsTickedAndTheCampaignOpensForIt() throws Exception {
		ProductModel fridge = catalogue.fridge();
		String found = mvc.perform(post("/admin/recalls").param("find", "1")
			.param("modelSearch", fridge.getModelNumber().substring(0, 3))
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(found)
			.contains("name=\"modelIds\" id=\"model-" + fridge.getId() + "\" value=\"" + fridge.getId() + "\"");
		String title = "Door seal " + Fixtures.unique();
		mvc.perform(post("/admin/recalls").param("title", title)
			.param("modelIds", String.valueOf(fridge.getId()))
			.param("component", "*")
			.param("remedy", "A new door seal.")
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isFound());
		assertThat(recalls.all()).anySatisfy(campaign -> assertThat(campaign.getTitle()).isEqualTo(title));
	}

	@Test
	void onlyAdministratorsOpenCampaigns() throws Exception {
		mvc.perform(post("/admin/recalls").param("title", "Sneaky")
			.param("modelIds", String.valueOf(catalogue.tv().getId()))
			.param("remedy", "x")
			.with(csrf())
			.with(user(Fixtures.user(fixtures.staff(Role.SUPERVISOR))))).andExpect(status().isForbidden());
	}
}
