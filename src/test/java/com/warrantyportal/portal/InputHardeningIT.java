package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.ProductSort;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input that used to fail a page (HTTP 500) or show the framework's conversion text, uploads named against their
 * content, staff reaching files by counting ids, and unbounded extended plans.
 */
@AutoConfigureMockMvc
class InputHardeningIT extends MySqlIntegrationTest {

	private static final String FRAMEWORK_TEXT = "Failed to convert";

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F',
			0, 1, 1, 0, 0, 1 };

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	ClaimService claims;

	@Autowired
	FileStorage files;

	@Autowired
	UnitService units;

	@Autowired
	AuditTrail audit;

	Catalogue catalogue;

	Account owner;

	PortalUser agent;

	PortalUser admin;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
		agent = Fixtures.user(fixtures.staff(Role.AGENT));
		admin = Fixtures.user(fixtures.staff(Role.ADMIN));
	}

	@Test
	void queueFiltersThatAreNoneOfTheChoicesAreReportedBesideTheirFieldAndTheQueueStillShows() throws Exception {
		mvc.perform(get("/staff/claims").param("status", "x")
			.param("verdict", "MAYBE")
			.param("manufacturer", "abc")
			.param("olderThan", "-9999999999")
			.param("assigned", "<script>")
			.param("sort", "sideways")
			.with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such claim status")))
			.andExpect(content().string(containsString("There is no such verdict")))
			.andExpect(content().string(containsString("Choose a manufacturer from the list")))
			.andExpect(content().string(containsString("Choose how many days a claim has waited")))
			.andExpect(content().string(containsString("Choose to me, unassigned or anyone")))
			.andExpect(content().string(containsString("Choose an order from the list")))
			.andExpect(content().string(not(containsString(FRAMEWORK_TEXT))))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void aPriceTooLargeForTheBooksIsRefusedBesideTheFieldWithTheFormKept() throws Exception {
		String serial = "TV" + Fixtures.unique();
		mvc.perform(multipart("/my/products").param("modelId", String.valueOf(catalogue.tv().getId()))
			.param("serial", serial)
			.param("purchaseDate", "2025-03-10")
			.param("retailer", "Shop")
			.param("price", "99999999999999999999")
			.with(csrf())
			.with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That price is too large")))
			.andExpect(content().string(containsString("value=\"" + serial + "\"")));
		assertThat(productViews.list(owner.getId(), ProductSort.MODEL)).isEmpty();

		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 3, 10));
		mvc.perform(multipart("/my/products/{id}/edit", tv.getId()).param("version", String.valueOf(tv.getVersion()))
			.param("purchaseDate", "2025-03-10")
			.param("retailer", "Shop")
			.param("price", "12.345")
			.with(csrf())
			.with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most two decimals")));
	}

	@Test
	void aRecallWithABlankModelAsksForAModelAndBadDatesAndIdsAreRefusedInWords() throws Exception {
		mvc.perform(post("/admin/recalls").param("title", "Door hinge")
			.param("modelIds", "")
			.param("remedy", "New hinge")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one model.")));
		mvc.perform(post("/admin/recalls").param("title", "Door hinge")
			.param("modelIds", "abc")
			.param("remedy", "New hinge")
			.param("manufacturedFrom", "2025-02-30")
			.param("manufacturedTo", "yesterday")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the models from the list.")))
			.andExpect(content().string(containsString("Enter the first manufacture date as a date")))
			.andExpect(content().string(containsString("Enter the last manufacture date as a date")))
			.andExpect(content().string(containsString("value=\"yesterday\"")))
			.andExpect(content().string(not(containsString(FRAMEWORK_TEXT))));
	}

	@Test
	void aRoleOrCauseThatIsNoneOfTheChoicesIsRefusedInWords() throws Exception {
		mvc.perform(post("/admin/accounts").param("email", "new-" + Fixtures.unique() + "@example.com")
			.param("displayName", "New Agent")
			.param("role", "EMPEROR")
			.param("password", "violet tractor sings at noon")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the role from the list")))
			.andExpect(content().string(not(containsString(FRAMEWORK_TEXT))));

		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		mvc.perform(multipart("/my/claims/preview").param("product", String.valueOf(tv.getId()))
			.param("token", "t-" + Fixtures.unique())
			.param("failureDate", LocalDate.now().minusDays(1).toString())
			.param("component", "panel")
			.param("cause", "GREMLINS")
			.param("description", "The picture went dark.")
			.with(csrf())
			.with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose what happened from the list.")))
			.andExpect(content().string(not(containsString(FRAMEWORK_TEXT))));
	}

	@Test
	void uploadsAreKeptAndServedUnderANameThatSaysWhatTheyAre() throws Exception {
		mvc.perform(multipart("/my/products").file(new MockMultipartFile("proof", "poly.html", "text/html", Fixtures.PNG))
			.param("modelId", String.valueOf(catalogue.tv().getId()))
			.param("serial", "TV" + Fixtures.unique())
			.param("purchaseDate", "2025-03-10")
			.param("retailer", "Shop")
			.with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		long fileId = productViews.list(owner.getId(), ProductSort.MODEL).get(0).proofFileId();
		assertThat(files.find(fileId).orElseThrow().getOriginalName()).isEqualTo("poly.png");
		mvc.perform(get("/my/files/{id}", fileId).with(user(Fixtures.user(owner))))
			.andExpect(header().string("Content-Disposition", containsString("poly.png")))
			.andExpect(header().string("Content-Type", "image/png"));

		assertThat(files.store(owner.getId(), "setup.exe", JPEG).getOriginalName()).isEqualTo("setup.jpg");
		assertThat(files.store(owner.getId(), "holiday_\u202Egnp.exe", Fixtures.PNG).getOriginalName())
			.isEqualTo("holiday_gnp.png");
	}

	@Test
	void staffOpenOnlyFilesAttachedToClaimsOrRegistrationsAndEveryOpeningIsAudited() throws Exception {
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		long receipt = tv.getProofFileId();
		long loose = files.store(owner.getId(), "label.png", Fixtures.PNG).getId();

		mvc.perform(get("/staff/files/{id}", loose).with(user(agent))).andExpect(status().isNotFound());
		mvc.perform(get("/staff/files/{id}/view", loose).with(user(agent))).andExpect(status().isNotFound());
		assertThat(audit.of(FileStorage.AUDIT_TARGET, loose)).isEmpty();

		mvc.perform(get("/staff/files/{id}", receipt).with(user(agent))).andExpect(status().isOk());
		assertThat(audit.of(FileStorage.AUDIT_TARGET, receipt)).extracting(AuditEntry::getAction, AuditEntry::getActor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FILE_DOWNLOADED", agent.getUsername()));
	}

	@Test
	void extendedPlansAreBoundedInNumberAndMonthsWithTheReasonBesideTheField() throws Exception {
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1),
				"panel", Cause.DEFECT, "The picture went dark.");
		String bought = LocalDate.now().minusDays(3).toString();

		for (int n = 1; n <= 5; n++) {
			addPlan(claim, "Plan " + n, "12", bought).andExpect(status().isFound());
		}
		addPlan(claim, "Plan 6", "12", bought).andExpect(status().isOk())
			.andExpect(content().string(containsString("has 5 extended plans already")))
			.andExpect(content().string(containsString("value=\"Plan 6\"")));
		assertThat(units.plansFor(tv.getUnitId())).hasSize(5);

		Registration other = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		Claim second = claims.file(other.getId(), other.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "panel", Cause.DEFECT, "The picture went dark.");
		addPlan(second, "Long plan", "100", bought).andExpect(status().isFound());
		addPlan(second, "Another", "21", bought).andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 120 months")));
		addPlan(second, "Future", "1", "9999-12-31").andExpect(status().isOk())
			.andExpect(content().string(containsString("not in the future")));
		assertThat(units.extendedMonths(other.getUnitId())).isEqualTo(100);
	}

	private org.springframework.test.web.servlet.ResultActions addPlan(Claim claim, String name, String months,
			String bought) throws Exception {
		long version = claims.find(claim.getId()).orElseThrow().getVersion();
		return mvc.perform(post("/staff/claims/{n}/plans", claim.getNumber()).param("version", String.valueOf(version))
			.param("planName", name)
			.param("planMonths", months)
			.param("planPurchaseDate", bought)
			.with(csrf())
			.with(user(agent)));
	}
}
