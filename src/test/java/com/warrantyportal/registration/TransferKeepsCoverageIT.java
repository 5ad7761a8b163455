package com.warrantyportal.registration;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.notification.MailOutbox;
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

/**
 * Coverage belongs to the unit: a transfer hands the first sale's coverage to the new owner unchanged, records their
 * own second-hand purchase beside it, and ends the previous owner's open claims with the reason, telling them.
 */
@AutoConfigureMockMvc
class TransferKeepsCoverageIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	OwnerTransfers ownerTransfers;

	@Autowired
	RegistrationService registrations;

	@Autowired
	UnitService units;

	@Autowired
	ClaimService claims;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNewOwnerKeepsTheFirstSalesCoverageAndThePreviousOwnersOpenClaimEnds() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		Account first = fixtures.owner();
		LocalDate firstSale = LocalDate.now().minusMonths(10);
		Unit unit = units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(),
				SerialNumber.of(catalogue.registeredFridgeSerial(1)), SerialStatus.OK, LocalDate.of(2024, 3, 11));
		Registration original = registrations.register(unit.getId(), first.getId(), firstSale, "Kitchen World",
				new BigDecimal("899.00"), true, firstSale.plusDays(3), null, true);
		ProductView before = productViews.list(first.getId(), ProductSort.MODEL).get(0);
		Claim open = claims.file(original.getId(), unit.getId(), first.getId(), "First", LocalDate.now().minusDays(2),
				"door", Cause.DEFECT, "The door seal came loose.");

		Account buyer = fixtures.owner();
		LocalDate bought = LocalDate.now().minusDays(5);
		mvc.perform(multipart("/my/products").param("modelId", catalogue.fridge().getId().toString())
			.param("serial", catalogue.registeredFridgeSerial(1))
			.param("purchaseDate", bought.toString())
			.param("retailer", "A neighbour")
			.param("price", "300.00")
			.with(csrf())
			.with(user(Fixtures.user(buyer)))).andExpect(status().isFound());
		long transferId = ownerTransfers.incomingTransfers(first.getId()).get(0).id();
		mvc.perform(post("/my/transfers/{id}/accept", transferId).with(csrf()).with(user(Fixtures.user(first))))
			.andExpect(status().isFound());

		ProductView after = productViews.list(buyer.getId(), ProductSort.MODEL).get(0);
		assertThat(after.secondHand()).isTrue();
		assertThat(after.acquiredOn()).isEqualTo(bought);
		assertThat(after.acquiredFrom()).isEqualTo("A neighbour");
		assertThat(after.purchaseDate()).isEqualTo(firstSale);
		assertThat(after.originalPurchaser()).isFalse();
		assertThat(after.proofVerified()).isTrue();
		// The same coverage, line by line: buying it second-hand neither restarted nor extended it.
		assertThat(after.coverage()).extracting(c -> c.partsEnd(), c -> c.labourEnd())
			.isEqualTo(before.coverage().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.partsEnd(),
					c.labourEnd())).toList());

		// The previous owner's claim ends once the transfer has committed, in a transaction of its own.
		await().untilAsserted(() -> assertThat(claims.find(open.getId()).orElseThrow().getStatus())
			.isEqualTo(ClaimStatus.WITHDRAWN));
		assertThat(jdbc.queryForObject("SELECT note FROM claim_event WHERE claim_id = ? AND event_type = "
				+ "'ENDED_BY_TRANSFER'", String.class, open.getId())).isEqualTo(ClaimService.ENDED_BY_TRANSFER);
		assertThat(outbox.to(first.getEmail())).extracting(mail -> mail.getSubject())
			.contains("Your warranty claim " + open.getNumber() + ": Withdrawn");

		mvc.perform(get("/my/products/{id}", after.registrationId()).with(user(Fixtures.user(buyer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("buying it second-hand does not restart or extend it")))
			.andExpect(content().string(containsString("A neighbour")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("899.00"))));
	}
}
