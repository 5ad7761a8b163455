package com.warrantyportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
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

/** Reporting a product stolen or lost, through the pages: confirmed and dated, kept as history, freezing transfers. */
@AutoConfigureMockMvc
class TheftReportIT extends MySqlIntegrationTest {

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
	OwnerTransfers ownerTransfers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReportIsConfirmedDatedKeptAsHistoryAndFreezesTransfersUntilFound() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		Unit unit = units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(),
				SerialNumber.of(catalogue.registeredFridgeSerial(1)), SerialStatus.OK, LocalDate.of(2024, 3, 11));
		Registration registration = registrations.register(unit.getId(), owner.getId(), LocalDate.now().minusMonths(3),
				"Test shop", new BigDecimal("899.00"), true, LocalDate.now().minusMonths(3), null, true);
		String path = "/my/products/" + registration.getId() + "/stolen";
		var asOwner = user(Fixtures.user(owner));

		mvc.perform(get(path).with(asOwner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I confirm this product was stolen or is lost")));

		// Every mistake at once, beside its field, with what was typed kept.
		mvc.perform(post(path).param("missingSince", LocalDate.now().plusDays(3).toString())
			.param("policeReference", "CR/77/2026")
			.with(csrf())
			.with(asOwner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date it went missing cannot be in the future.")))
			.andExpect(content().string(containsString("Tick the box to confirm")))
			.andExpect(content().string(containsString("value=\"CR/77/2026\"")));
		assertThat(units.find(unit.getId()).orElseThrow().getSerialStatus()).isEqualTo(SerialStatus.OK);

		// A buyer has asked to take it over meanwhile.
		Account buyer = fixtures.owner();
		mvc.perform(multipart("/my/products").param("modelId", catalogue.fridge().getId().toString())
			.param("serial", catalogue.registeredFridgeSerial(1))
			.param("purchaseDate", LocalDate.now().minusDays(1).toString())
			.param("retailer", "A market stall")
			.with(csrf())
			.with(user(Fixtures.user(buyer)))).andExpect(status().isFound());

		LocalDate missing = LocalDate.now().minusDays(2);
		mvc.perform(post(path).param("missingSince", missing.toString())
			.param("policeReference", "CR/77/2026")
			.param("confirmed", "true")
			.with(csrf())
			.with(asOwner))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "product.reportedStolen"));
		assertThat(units.find(unit.getId()).orElseThrow().getSerialStatus()).isEqualTo(SerialStatus.STOLEN);
		assertThat(units.theftReports(unit.getId())).singleElement().satisfies(report -> {
			assertThat(report.missingSince()).isEqualTo(missing);
			assertThat(report.policeReference()).isEqualTo("CR/77/2026");
			assertThat(report.open()).isTrue();
		});
		assertThat(units.alertsFor(unit.getId())).anySatisfy(
				alert -> assertThat(alert.getMessage()).contains("police reference CR/77/2026"));

		// The transfer waits: neither the owner nor staff can complete it while the unit is missing.
		long transferId = ownerTransfers.incomingTransfers(owner.getId()).get(0).id();
		mvc.perform(post("/my/transfers/{id}/accept", transferId).with(csrf()).with(asOwner))
			.andExpect(flash().attribute("problem", "transfer.frozen"));
		mvc.perform(post("/staff/transfers/{id}", transferId).param("accept", "true")
			.with(csrf())
			.with(user(Fixtures.user(fixtures.staff(Role.AGENT))))).andExpect(flash().attribute("problem", "transfer.frozen"));
		assertThat(productViews.list(buyer.getId(), ProductSort.MODEL)).isEmpty();

		mvc.perform(post("/my/products/{id}/recovered", registration.getId()).with(csrf()).with(asOwner))
			.andExpect(status().isFound());
		assertThat(units.theftReports(unit.getId())).singleElement().satisfies(report -> {
			assertThat(report.open()).isFalse();
			assertThat(report.recoveredBy()).isNotBlank();
		});
		mvc.perform(get("/staff/units/{s}", unit.getSerial().key())
			.param("manufacturer", catalogue.registryMaker().getId().toString())
			.with(user(Fixtures.user(fixtures.staff(Role.AGENT)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("police reference <strong>CR/77/2026</strong>")))
			.andExpect(content().string(containsString("Found again")));
		mvc.perform(post("/my/transfers/{id}/accept", transferId).with(csrf()).with(asOwner))
			.andExpect(flash().attribute("message", "transfer.accepted"));
	}
}
