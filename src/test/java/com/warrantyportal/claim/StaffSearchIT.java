package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.Role;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff search box and the unit page, through the real pages and database. */
@AutoConfigureMockMvc
class StaffSearchIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	UnitService units;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ClaimService claims;

	@Autowired
	JdbcTemplate jdbc;

	Catalogue catalogue;

	Account owner;

	Unit unit;

	Claim claim;

	String surname;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		surname = "Quist" + Fixtures.unique().replaceAll("\\d", "x");
		owner = accounts.create("search-" + Fixtures.unique() + "@example.com", "violet tractor sings at noon",
				"Ottilie " + surname, Role.OWNER);
		LocalDate today = LocalDate.now();
		unit = units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(),
				SerialNumber.of(catalogue.registeredFridgeSerial(1)), SerialStatus.OK, LocalDate.of(2024, 3, 11));
		Registration registration = registrations.register(unit.getId(), owner.getId(), today.minusMonths(3),
				"Corner shop", new BigDecimal("899.00"), true, today.minusMonths(3), null, true);
		claim = claims.file(registration.getId(), unit.getId(), owner.getId(), "Owner", today.minusDays(1),
				"compressor", Cause.DEFECT, "The compressor hums and nothing cools.");
	}

	private RequestPostProcessor agent() {
		return user(Fixtures.user(fixtures.staff(Role.AGENT)));
	}

	@Test
	void aClaimNumberOpensTheClaimWhateverItsCase() throws Exception {
		mvc.perform(get("/staff/search").param("q", " " + claim.getNumber().toLowerCase() + " ").with(agent()))
			.andExpect(redirectedUrl("/staff/claims/" + claim.getNumber()));
	}

	@Test
	void aSerialOpensItsUnitPageHoweverItIsTyped() throws Exception {
		// A serial no other test's catalogue can share (the fixtures' registry serials differ by two letters only).
		Unit only = units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(),
				SerialNumber.of("QS" + Fixtures.unique().toUpperCase() + "77"), SerialStatus.OK, null);
		String typed = only.getSerial().key().toLowerCase().replaceFirst("^(qs)", "$1 - ");
		mvc.perform(get("/staff/search").param("q", typed).with(agent()))
			.andExpect(redirectedUrl("/staff/units/" + only.getSerial().key() + "?manufacturer="
					+ catalogue.registryMaker().getId()));
	}

	@Test
	void anEmailFindsTheOwnerWithTheirCounts() throws Exception {
		mvc.perform(get("/staff/search").param("q", owner.getEmail().toUpperCase()).with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ottilie " + surname)))
			.andExpect(content().string(containsString("<td data-label=\"Products\">1</td>")))
			.andExpect(content().string(containsString("<td data-label=\"Claims\">1</td>")))
			// The one owner found: their products and claims, to go on from.
			.andExpect(content().string(containsString("Their products")))
			.andExpect(content().string(containsString(">" + unit.getSerialDisplay() + "</a>")))
			.andExpect(content().string(containsString(">" + claim.getNumber() + "</a>")));
	}

	@Test
	void theStartOfANameFindsOwnersButNeverStaff() throws Exception {
		Account staffTwin = accounts.create("staff-" + Fixtures.unique() + "@example.com",
				"violet tractor sings at noon", "Ottilie " + surname + " Staff", Role.AGENT);
		mvc.perform(get("/staff/search").param("q", "ottilie " + surname.substring(0, 6)).with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(owner.getEmail())))
			.andExpect(content().string(not(containsString(staffTwin.getEmail()))));
	}

	@Test
	void aModelNumberListsTheModelWithALinkToItsClaims() throws Exception {
		String number = catalogue.fridge().getModelNumber();
		mvc.perform(get("/staff/search").param("q", number.toLowerCase()).with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + number + "</a>")))
			.andExpect(content().string(containsString("model=" + catalogue.fridge().getId())));
	}

	@Test
	void nothingFoundSaysSoAndAnEmptySearchExplainsWhatToType() throws Exception {
		mvc.perform(get("/staff/search").param("q", "zz-nothing-" + Fixtures.unique()).with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing found for")));
		mvc.perform(get("/staff/search").with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type a claim number")));
	}

	@Test
	void ownersAndAnonymousVisitorsCannotSearchOrSeeUnits() throws Exception {
		mvc.perform(get("/staff/search").param("q", owner.getEmail()).with(user(Fixtures.user(owner))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/units/{s}", unit.getSerial().key()).with(user(Fixtures.user(owner))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/units/{s}", unit.getSerial().key())).andExpect(status().is3xxRedirection());
	}

	@Test
	void theUnitPageTellsTheUnitsStory() throws Exception {
		units.reportStolen(unit.getId());

		mvc.perform(get("/staff/units/{s}", unit.getSerialDisplay())
			.param("manufacturer", catalogue.registryMaker().getId().toString())
			.with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(catalogue.fridge().getModelNumber())))
			.andExpect(content().string(containsString("Ottilie " + surname)))
			.andExpect(content().string(containsString("Current owner")))
			.andExpect(content().string(containsString("Original purchase")))
			.andExpect(content().string(containsString("Corner shop")))
			.andExpect(content().string(containsString("Everything else")))
			.andExpect(content().string(containsString("Compressor")))
			.andExpect(content().string(containsString(">" + claim.getNumber() + "</a>")))
			.andExpect(content().string(containsString("STOLEN")))
			.andExpect(content().string(containsString("<dt>Made</dt><dd>11 Mar 2024</dd>")))
			.andExpect(content().string(containsString("Listed")));
		mvc.perform(get("/staff/units/{s}", "NO-SUCH-" + Fixtures.unique()).with(agent()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSerialTwoManufacturersUseAsksWhichUnit() throws Exception {
		String shared = "SHARED" + Fixtures.unique().toUpperCase();
		units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(), SerialNumber.of(shared),
				SerialStatus.OK, null);
		units.create(catalogue.plainMaker().getId(), catalogue.tv().getId(), SerialNumber.of(shared), SerialStatus.OK,
				null);

		mvc.perform(get("/staff/search").param("q", shared).with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(catalogue.registryMaker().getName())))
			.andExpect(content().string(containsString(catalogue.plainMaker().getName())));
		mvc.perform(get("/staff/units/{s}", shared).with(agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Several manufacturers use this serial number")));
		mvc.perform(get("/staff/units/{s}", shared).param("manufacturer", catalogue.plainMaker().getId().toString())
			.with(agent())).andExpect(status().isOk()).andExpect(content().string(containsString(catalogue.tv()
				.getModelNumber())));
		assertThat(units.findAnyManufacturer(SerialNumber.of(shared))).hasSize(2);
	}
}
