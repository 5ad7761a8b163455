package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.ReasonCode;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff claim page's read model on the real database: everything the page shows, read in a statement per list,
 * and a live verdict computed from the facts it read that is the verdict the eligibility service computes.
 */
class StaffClaimFilesIT extends MySqlIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	ClaimDecisions staff;

	@Autowired
	StaffClaimPage page;

	@Autowired
	VerdictFacts facts;

	@Autowired
	ClaimEligibility eligibility;

	@Autowired
	OwnerProducts products;

	@Autowired
	UnitService units;

	@Autowired
	Recalls recalls;

	@Autowired
	FileStorage files;

	Catalogue catalogue;

	Account owner;

	Account agent;

	Registration fridge;

	@BeforeEach
	void aFridgeInTheRegistry() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
		agent = fixtures.staff(Role.AGENT);
		RegistrationOutcome outcome = products.register(new RegisterProduct(owner.getId(), catalogue.fridge().getId(),
				catalogue.registeredFridgeSerial(2), LocalDate.now().minusMonths(20), "Test shop",
				new BigDecimal("899.00"), new MockMultipartFile("proof", "receipt.pdf", "application/pdf", Fixtures.PDF)));
		fridge = ((RegistrationOutcome.Registered) outcome).registration();
	}

	private <T> T asAgent(Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(Fixtures.user(agent), null, Fixtures.user(agent).getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Claim file(String component, List<Long> fileIds) {
		return claims.file(new ClaimService.NewClaim(fridge.getId(), fridge.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(3), component, Cause.DEFECT, "It stopped cooling.", null, fileIds));
	}

	@Test
	void theFileHoldsEverythingThePageShows() {
		StoredFile photo = files.store(owner.getId(), "photo.png", Fixtures.PNG);
		StoredFile second = files.store(owner.getId(), "second.png", Fixtures.PNG);
		Claim earlier = file("door", List.of());
		Claim claim = file("compressor", List.of(photo.getId(), second.getId()));
		asAgent(() -> staff.assignToMe(claim.getNumber(), claims.findByNumber(claim.getNumber()).orElseThrow()
			.getVersion(), new StaffActor(agent.getId(), agent.getEmail(), agent.getDisplayName(), false)));

		StaffClaimPage.ClaimFile file = asAgent(() -> page.open(claim.getNumber()).orElseThrow());
		assertThat(file.claim().getNumber()).isEqualTo(claim.getNumber());
		assertThat(file.owner().getId()).isEqualTo(owner.getId());
		assertThat(file.registration().getId()).isEqualTo(fridge.getId());
		assertThat(file.unit().getId()).isEqualTo(fridge.getUnitId());
		assertThat(file.model().getId()).isEqualTo(catalogue.fridge().getId());
		assertThat(file.manufacturer().getId()).isEqualTo(catalogue.registryMaker().getId());
		assertThat(file.assignee()).isEqualTo(agent.getDisplayName());
		assertThat(file.proof()).isNotNull();
		assertThat(file.proof().getOriginalName()).isEqualTo("receipt.pdf");
		assertThat(file.attachments()).extracting(StoredFile::getId).containsExactly(photo.getId(), second.getId());
		assertThat(file.registryEntry()).isPresent();
		assertThat(file.registryFacts())
			.isEqualTo("Listed as " + catalogue.fridge().getModelNumber() + ", made 2024-03-11.");
		assertThat(file.otherClaimsOnSerial()).extracting(Claim::getNumber).containsExactly(earlier.getNumber());
		assertThat(file.timeline()).extracting(ClaimEvent::getEventType).containsExactly("SUBMITTED", "IN_REVIEW");
		assertThat(file.audit()).extracting(entry -> entry.getAction()).containsExactly("ASSIGNED_TO_SELF");
		assertThat(file.termsVersion()).isPresent();
		assertThat(file.supervisorThreshold()).isEqualByComparingTo("500");
	}

	@Test
	void theLiveVerdictIsTheEligibilityServicesVerdictFromTheSameFacts() {
		Claim claim = file("compressor", List.of());
		assertThat(verdictOnThePage(claim)).isEqualTo(eligibility.evaluate(claim));

		// Every fact the verdict reads changes: the receipt is verified, a plan is bought, a recall opens.
		registrationsVerify(claim);
		units.addPlan(fridge.getUnitId(), "Care plus", 24, LocalDate.now().minusMonths(19), "test");
		recalls.openAsSystem(new Recalls.NewCampaign(catalogue.registryMaker().getId(), "Compressor recall",
				"compressor", "A new compressor.", Set.of(catalogue.fridge().getId()), null, null, null, null), "test");
		StaffClaimPage.ClaimFile file = asAgent(() -> page.open(claim.getNumber()).orElseThrow());
		assertThat(file.verdict()).isEqualTo(eligibility.evaluate(file.claim()));
		assertThat(file.verdict().reasons()).extracting(reason -> reason.code()).contains(ReasonCode.RECALL_REMEDY);
		assertThat(file.plans()).hasSize(1);
		assertThat(file.recalls()).hasSize(1);
	}

	@Test
	void aManufacturerWithoutRegistrySaysSo() {
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1),
				"panel", Cause.DEFECT, "Lines on the screen.");
		StaffClaimPage.ClaimFile file = asAgent(() -> page.open(claim.getNumber()).orElseThrow());
		assertThat(file.registryEntry()).isEmpty();
		assertThat(file.registryFacts()).isEqualTo("This manufacturer keeps no serial registry.");
		assertThat(file.assignee()).isNull();
		assertThat(file.attachments()).isEmpty();
		assertThat(file.verdict()).isEqualTo(eligibility.evaluate(claim));
	}

	@Test
	void anUnknownClaimNumberOpensNothing() {
		assertThat(asAgent(() -> page.open("WC-1999-000000"))).isEmpty();
	}

	private com.warrantyportal.eligibility.EligibilityVerdict verdictOnThePage(Claim claim) {
		return asAgent(() -> page.open(claim.getNumber()).orElseThrow().verdict());
	}

	private void registrationsVerify(Claim claim) {
		asAgent(() -> facts.verifyProof(claim.getNumber(),
				claims.findByNumber(claim.getNumber()).orElseThrow().getVersion(),
				new StaffActor(agent.getId(), agent.getEmail(), agent.getDisplayName(), false)));
	}
}
