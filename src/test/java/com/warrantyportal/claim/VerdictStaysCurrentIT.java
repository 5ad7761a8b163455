package com.warrantyportal.claim;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.registration.OwnerProducts;
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

/**
 * The stored verdict of an open claim (what the queue filters on) follows every change of the facts it rests on: a
 * theft report and the unit found again, a corrected purchase, an extended plan, a receipt verified.
 */
class VerdictStaysCurrentIT extends MySqlIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitService units;

	@Autowired
	RegistrationService registrations;

	@Autowired
	OwnerProducts products;

	@Autowired
	ClaimService claims;

	private VerdictStatus verdictOf(Claim claim) {
		return claims.find(claim.getId()).orElseThrow().getVerdictStatus();
	}

	@Test
	void theVerdictOfAnOpenClaimFollowsTheFactsOfItsUnit() {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		LocalDate today = LocalDate.now();
		Unit unit = units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(),
				SerialNumber.of(catalogue.registeredFridgeSerial(1)), SerialStatus.OK, LocalDate.of(2024, 3, 11));
		Registration registration = registrations.register(unit.getId(), owner.getId(), today.minusMonths(3),
				"Test shop", new BigDecimal("899.00"), true, today.minusMonths(3), null, true);
		Claim claim = claims.file(registration.getId(), unit.getId(), owner.getId(), "Owner", today.minusDays(1),
				"door", Cause.DEFECT, "The door seal came loose.");
		assertThat(verdictOf(claim)).isEqualTo(VerdictStatus.ELIGIBLE);

		// Each change commits first; the claim module then refreshes the verdict in a transaction of its own.
		products.reportStolen(owner.getId(), registration.getId());
		await().untilAsserted(() -> assertThat(verdictOf(claim)).isNotEqualTo(VerdictStatus.ELIGIBLE));

		products.recovered(owner.getId(), registration.getId());
		await().untilAsserted(() -> assertThat(verdictOf(claim)).isEqualTo(VerdictStatus.ELIGIBLE));

		// Bought 30 months ago after all: the 24 months of the door's line have run out.
		Registration current = registrations.find(registration.getId()).orElseThrow();
		assertThat(products.correct(owner.getId(), registration.getId(), current.getVersion(), today.minusMonths(30),
				"Test shop", new BigDecimal("899.00"), null)).isEmpty();
		await().untilAsserted(() -> assertThat(verdictOf(claim)).isEqualTo(VerdictStatus.NOT_ELIGIBLE));

		// Twelve more months bought as an extended plan cover it again.
		units.addPlan(unit.getId(), "Extra year", 12, today.minusMonths(30), "test");
		await().untilAsserted(() -> assertThat(verdictOf(claim)).isEqualTo(VerdictStatus.ELIGIBLE));
	}
}
