package com.warrantyportal.catalog;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.files.FileContentStore;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators version a model's warranty terms at /admin/models/{id}. */
@AutoConfigureMockMvc
class TermsAdminIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileContentStore contents;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CatalogService catalog;

	@Autowired
	ClaimService claims;

	@Autowired
	RegistrationService registrations;

	Catalogue catalogue;

	Account admin;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		admin = fixtures.staff(Role.ADMIN);
	}

	/** A new version posted as the editor sends it: one row per coverage line ({@code "*:1:1"}), a blank row. */
	private MockHttpServletRequestBuilder newVersion(String from, String... lines) {
		MockHttpServletRequestBuilder request = post("/admin/models/{id}/terms", catalogue.tv().getId())
			.param("effectiveFrom", from);
		for (int i = 0; i < lines.length; i++) {
			String[] cells = lines[i].split(":", -1);
			request.param("lines[" + i + "].component", cells[0])
				.param("lines[" + i + "].partsMonths", cells[1])
				.param("lines[" + i + "].labourMonths", cells[2]);
		}
		return request.param("lines[" + lines.length + "].component", "")
			.param("lines[" + lines.length + "].partsMonths", "")
			.param("lines[" + lines.length + "].labourMonths", "")
			.param("transferable", "true")
			.param("filingWindowDays", "30")
			.param("noProofGraceDays", "90")
			.param("registrationBonusMonths", "0")
			.param("registrationWindowDays", "30")
			.with(csrf())
			.with(user(Fixtures.user(admin)));
	}

	@Test
	void aNewVersionIsAddedKeptInHistoryAuditedAndOpenClaimsAreReEvaluated() throws Exception {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
		registrations.verifyProof(tv.getId());
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1),
				"panel", Cause.DEFECT, "A green line runs down the screen.");
		assertThat(claims.find(claim.getId()).orElseThrow().getVerdictStatus()).isEqualTo(VerdictStatus.ELIGIBLE);

		mvc.perform(newVersion("2021-01-01", "*:1:1")).andExpect(status().isFound());

		assertThat(catalog.termsHistory(catalogue.tv().getId())).hasSize(2);
		await().untilAsserted(() -> assertThat(claims.find(claim.getId()).orElseThrow().getVerdictStatus())
			.isEqualTo(VerdictStatus.NOT_ELIGIBLE));
		mvc.perform(get("/admin/models/{id}", catalogue.tv().getId()).with(user(Fixtures.user(admin))))
			.andExpect(content().string(containsString("1 Jan 2021")))
			.andExpect(content().string(containsString("From 2021-01-01: *: 1 months parts, 1 labour")));
	}

	@Test
	void badLinesAreExplainedBesideTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(newVersion("2026-01-01", "*:12:12", "compressor:twelve:12", "door:700:12", "Door:12:12", ":5:5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the parts months as a whole number, like 24.")))
			.andExpect(content().string(containsString("Parts cover 0 to 600 months.")))
			.andExpect(content().string(containsString("door has two lines. Keep one.")))
			.andExpect(content().string(containsString("Name the component, or * for every component")))
			.andExpect(content().string(containsString("value=\"twelve\"")))
			.andExpect(content().string(containsString("value=\"700\"")));
		assertThat(catalog.termsHistory(catalogue.tv().getId())).hasSize(1);
	}

	@Test
	void termsWithoutTheCatchAllLineAreRefused() throws Exception {
		mvc.perform(newVersion("2026-01-01", "compressor:120:12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter at least the line for *")));
		assertThat(catalog.termsHistory(catalogue.tv().getId())).hasSize(1);
	}

	@Test
	void addingALineWithoutJavaScriptShowsOneMoreRowAndSavesNothing() throws Exception {
		mvc.perform(newVersion("2026-01-01", "*:12:12", "panel:24:12").param("addLine", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"lines[3].component\"")))
			.andExpect(content().string(containsString("value=\"panel\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Please correct"))));
		assertThat(catalog.termsHistory(catalogue.tv().getId())).hasSize(1);
	}

	@Test
	void aSecondVersionOnTheSameDateIsRefused() throws Exception {
		mvc.perform(newVersion("2020-01-01", "*:24:24"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already starts on that date")));
	}

	@Test
	void aLabelPictureIsShownToOwnersAndOnlyPicturesAreAccepted() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/admin/models/{id}/label-image", catalogue.tv().getId())
			.file(new org.springframework.mock.web.MockMultipartFile("labelImage", "manual.pdf", "application/pdf",
					Fixtures.PDF))
			.with(csrf())
			.with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("manual.pdf is not a picture")));

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/admin/models/{id}/label-image", catalogue.tv().getId())
			.file(new org.springframework.mock.web.MockMultipartFile("labelImage", "label.png", "image/png",
					Fixtures.PNG))
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isFound());

		Account owner = fixtures.owner();
		mvc.perform(get("/models/{id}/label-image", catalogue.tv().getId()).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", "image/png"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/my/products/new").param("model", String.valueOf(catalogue.tv().getId()))
			.with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString("/models/" + catalogue.tv().getId() + "/label-image")));

		// A picture whose content went missing from the store is not found, not an error.
		String storageName = jdbc.queryForObject("SELECT f.storage_name FROM stored_file f JOIN product_model m "
				+ "ON m.label_image_file_id = f.id WHERE m.id = ?", String.class, catalogue.tv().getId());
		contents.delete(storageName.substring(0, 2) + "/" + storageName);
		mvc.perform(get("/models/{id}/label-image", catalogue.tv().getId()).with(user(Fixtures.user(owner))))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsMayChangeTerms() throws Exception {
		for (Role role : new Role[] { Role.OWNER, Role.AGENT, Role.SUPERVISOR }) {
			mvc.perform(post("/admin/models/{id}/terms", catalogue.tv().getId()).param("effectiveFrom", "2026-01-01")
				.param("lines[0].component", "*")
				.param("lines[0].partsMonths", "99")
				.param("lines[0].labourMonths", "99")
				.with(csrf())
				.with(user(Fixtures.user(fixtures.staff(role))))).andExpect(status().isForbidden());
		}
		assertThat(catalog.termsHistory(catalogue.tv().getId())).hasSize(1);
	}
}
