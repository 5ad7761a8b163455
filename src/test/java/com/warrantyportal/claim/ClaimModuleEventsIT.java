package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.registration.TransferDecided;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.UnitFactsChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The claim module's side of the domain events other modules publish, as scenarios: a change commits in its own
 * module, the event is recorded in the event publication registry, and the claim module acts on it afterwards in a
 * transaction of its own — retried when it fails.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "infrastructure", "account", "eligibility" })
@ActiveProfiles("mysql")
@Import(Fixtures.class)
class ClaimModuleEventsIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlIntegrationTest.testProperties(registry);
		// Failed publications are retried within seconds here, instead of a minute.
		registry.add("warranty.events.retry-every", () -> "1s");
		registry.add("warranty.events.retry-after", () -> "0s");
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	RegistrationService registrations;

	@Autowired
	OwnerProducts products;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	OpenClaimVerdicts verdicts;

	@AfterEach
	void realVerdicts() {
		reset(verdicts);
	}

	private Claim openClaimOnATv(Account owner) {
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(3));
		return claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1), "panel",
				Cause.DEFECT, "A green line runs down the screen.");
	}

	private VerdictStatus verdictOf(Claim claim) {
		return claims.find(claim.getId()).orElseThrow().getVerdictStatus();
	}

	private int publicationsOf(String listener) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE ?", Integer.class,
				"%" + listener + "%");
	}

	@Test
	void verifyingTheReceiptRefreshesTheVerdictOfTheOpenClaimOnTheUnit(Scenario scenario) {
		Account owner = fixtures.owner();
		Claim claim = openClaimOnATv(owner);
		// The TV's serial carries no date and its receipt is not yet verified: coverage cannot be dated.
		assertThat(verdictOf(claim)).isEqualTo(VerdictStatus.NEEDS_REVIEW);

		scenario.stimulate(() -> registrations.verifyProof(claim.getRegistrationId()))
			.andWaitForStateChange(() -> verdictOf(claim), verdict -> verdict != VerdictStatus.NEEDS_REVIEW)
			.andVerify(verdict -> assertThat(verdict).isEqualTo(VerdictStatus.ELIGIBLE));
		// The publication is removed just after the listener's transaction commits.
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(publicationsOf("UnitVerdictRefresh")).isZero());
	}

	@Test
	void aTheftReportPublishedByTheRegistrationModuleMakesTheClaimNeedReview(Scenario scenario) {
		Account owner = fixtures.owner();
		Claim claim = openClaimOnATv(owner);
		registrations.verifyProof(claim.getRegistrationId());
		await(claim, VerdictStatus.ELIGIBLE);

		scenario.stimulate(() -> products.reportStolen(owner.getId(), claim.getRegistrationId()))
			.andWaitForEventOfType(UnitFactsChanged.class)
			.matching(changed -> changed.unitId() == claim.getUnitId())
			.toArriveAndVerify(changed -> assertThat(changed.change()).isEqualTo("REPORTED_STOLEN"));
		await(claim, VerdictStatus.NEEDS_REVIEW);
	}

	@Test
	void aCompletedTransferEndsThePreviousOwnersOpenClaimAndSaysSo(Scenario scenario) {
		Account previous = fixtures.owner();
		Account buyer = fixtures.owner();
		Claim claim = openClaimOnATv(previous);

		scenario.publish(new TransferDecided(0, claim.getUnitId(), buyer.getId(), previous.getId(), true))
			.andWaitForStateChange(() -> claims.find(claim.getId()).orElseThrow().getStatus(), status -> !status.isOpen())
			.andVerify(status -> assertThat(status).isEqualTo(ClaimStatus.WITHDRAWN));
		// The reason is in the claim's history, which the previous owner sees (and their mail, ClaimMails, says it).
		assertThat(jdbc.queryForObject("SELECT note FROM claim_event WHERE claim_id = ? AND event_type = "
				+ "'ENDED_BY_TRANSFER'", String.class, claim.getId())).isEqualTo(ClaimService.ENDED_BY_TRANSFER);
	}

	@Test
	void aRefusedTransferLeavesTheClaimOpen(Scenario scenario) {
		Account previous = fixtures.owner();
		Account buyer = fixtures.owner();
		Claim claim = openClaimOnATv(previous);

		scenario.publish(new TransferDecided(0, claim.getUnitId(), buyer.getId(), previous.getId(), false))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> publicationsOf("TransferredClaims") == 0, done -> done)
			.andVerify(done -> assertThat(claims.find(claim.getId()).orElseThrow().getStatus().isOpen()).isTrue());
	}

	@Test
	void aListenerThatFailsIsRetriedFromTheRegistryUntilTheVerdictIsCurrent(Scenario scenario) {
		Account owner = fixtures.owner();
		Claim claim = openClaimOnATv(owner);
		assertThat(verdictOf(claim)).isEqualTo(VerdictStatus.NEEDS_REVIEW);
		// The first refresh fails as if the database connection dropped; the retry finds it healthy again.
		doThrow(new TransientDataAccessResourceException("connection lost")).doCallRealMethod()
			.when(verdicts)
			.refreshForUnit(anyLong());

		scenario.stimulate(() -> registrations.verifyProof(claim.getRegistrationId()))
			.andWaitForStateChange(() -> verdictOf(claim), verdict -> verdict == VerdictStatus.ELIGIBLE)
			.andVerify(verdict -> verify(verdicts, atLeast(1)).refreshForUnit(claim.getUnitId()));
		// Only the one event was published and its first delivery failed: the verdict is current through the retry,
		// and the publication is gone once it succeeded.
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(publicationsOf("UnitVerdictRefresh")).isZero());
	}

	private void await(Claim claim, VerdictStatus expected) {
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(verdictOf(claim)).isEqualTo(expected));
	}
}
