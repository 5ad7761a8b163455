package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.ProductSort;
import com.warrantyportal.registration.ProductView;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Staff review through the real pages and database: actions, rules, conflicts, snapshots and the audit trail. */
@AutoConfigureMockMvc
class StaffReviewIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	ClaimDecisions staff;

	@Autowired
	StaffClaimPage page;

	@Autowired
	OwnerProducts products;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	CatalogService catalog;

	@Autowired
	AuditTrail audit;

	Catalogue catalogue;

	Account owner;

	Account agent;

	Account supervisor;

	Registration tv;

	Claim claim;

	@BeforeEach
	void aSubmittedClaim() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
		agent = fixtures.staff(Role.AGENT);
		supervisor = fixtures.staff(Role.SUPERVISOR);
		tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
		claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(2), "panel",
				Cause.DEFECT, "A green line runs down the screen.");
	}

	private long version() {
		return claims.find(claim.getId()).orElseThrow().getVersion();
	}

	private Claim reload() {
		return claims.find(claim.getId()).orElseThrow();
	}

	@Test
	void anAgentVerifiesTheReceiptAndTheVerdictIsRecomputedFromThePurchaseDate() throws Exception {
		// The TV's serial encodes no date and nobody verified the receipt: there is no start date yet.
		assertThat(reload().getVerdictStatus()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(agent))))
			.andExpect(content().string(containsString("INVALID_DATES")))
			.andExpect(content().string(containsString("Coverage has no start")));

		mvc.perform(post("/staff/claims/{n}/verify-proof", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf()).with(user(Fixtures.user(agent)))).andExpect(status().isFound());

		assertThat(reload().getVerdictStatus()).isEqualTo(VerdictStatus.ELIGIBLE);
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(agent))))
			.andExpect(content().string(containsString("with verified proof: parts and labour covered until")));
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).extracting(AuditEntry::getAction)
			.containsExactly("PROOF_VERIFIED");
	}

	@Test
	void staffSettleAnUnknownSerialWithANoteAndTheVerdictFollows() throws Exception {
		Registration fridge = ((com.warrantyportal.registration.RegistrationOutcome.Registered) products
			.register(new com.warrantyportal.registration.RegisterProduct(owner.getId(), catalogue.fridge().getId(),
					"2411" + catalogue.prefix() + "55555", LocalDate.now().minusMonths(2), "Shop", null, null)))
			.registration();
		Claim onFridge = claims.file(fridge.getId(), fridge.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "door", Cause.DEFECT, "The door seal came off at the corner.");
		assertThat(claims.find(onFridge.getId()).orElseThrow().getVerdictStatus()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
		long seen = claims.find(onFridge.getId()).orElseThrow().getVersion();

		mvc.perform(post("/staff/claims/{n}/serial-status", onFridge.getNumber()).param("version", String.valueOf(seen))
			.param("serialStatus", "OK")
			.param("serialNote", "")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(content().string(containsString("Say what you checked")));
		mvc.perform(post("/staff/claims/{n}/serial-status", onFridge.getNumber()).param("version", String.valueOf(seen))
			.param("serialStatus", "OK")
			.param("serialNote", "Manufacturer confirmed the serial by phone.")
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		// Without a verified receipt the unit's cover counted from manufacture (week 11 of 2024) has ended: with the
		// serial settled, that is now the verdict instead of "needs review".
		assertThat(claims.find(onFridge.getId()).orElseThrow().getVerdictStatus())
			.isEqualTo(VerdictStatus.NOT_ELIGIBLE);
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, onFridge.getNumber())).extracting(AuditEntry::getDetail)
			.singleElement()
			.satisfies(detail -> assertThat(detail).contains("UNKNOWN to OK").contains("confirmed the serial"));
	}

	@Test
	void approvingStoresTheVerdictSnapshotWhichALaterChangeOfTermsNeverRewrites() throws Exception {
		mvc.perform(post("/staff/claims/{n}/verify-proof", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf()).with(user(Fixtures.user(agent))));
		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REPAIR")
			.param("labourCost", "120")
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		Claim approved = reload();
		assertThat(approved.getStatus()).isEqualTo(ClaimStatus.APPROVED);
		assertThat(approved.getResolution()).isEqualTo(Resolution.REPAIR);

		// The manufacturer later cuts the TV's warranty to 1 month, back-dated: today's verdict changes, history not.
		catalog.addTermsVersion(catalogue.tv().getId(), LocalDate.of(2021, 1, 1),
				new WarrantyTerms(List.of(new CoverageLine("*", 1, 1)), true, 30, 90, 0, 30), "test");
		StaffClaimPage.ClaimFile file = asAgent(() -> page.open(claim.getNumber()).orElseThrow());
		assertThat(file.verdict().status()).isEqualTo(VerdictStatus.NOT_ELIGIBLE);
		assertThat(file.snapshots()).singleElement().satisfies(snapshot -> {
			assertThat(snapshot.getTakenFor()).isEqualTo("APPROVED");
			assertThat(snapshot.getStatus()).isEqualTo("ELIGIBLE");
		});
		assertThat(claims.timeline(claim.getId())).extracting(ClaimEvent::getEventType)
			.containsExactly("SUBMITTED", "IN_REVIEW", "APPROVED");
	}

	@Test
	void anApprovalKeepsItsCostLinesAndTheApprovedAmountIsTheirSum() throws Exception {
		mvc.perform(post("/staff/claims/{n}/verify-proof", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf()).with(user(Fixtures.user(agent))));
		// A refund amount on a repair and a currency not offered: both reported beside their fields, nothing saved.
		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REPAIR")
			.param("partsCost", "40.50")
			.param("refundAmount", "10")
			.param("shippingCost", "-5")
			.param("costCurrency", "XXX")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only a refund pays money back to the owner")))
			.andExpect(content().string(containsString("Choose the currency of the costs from the list")))
			.andExpect(content().string(containsString("Enter the amount as a number of 0 or more")))
			.andExpect(content().string(containsString("value=\"40.50\"")));
		assertThat(reload().getStatus()).isNotEqualTo(ClaimStatus.APPROVED);

		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REPAIR")
			.param("partsCost", "40.50")
			.param("labourCost", "60")
			.param("shippingCost", "9.49")
			.param("costCurrency", "EUR")
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		Claim approved = reload();
		assertThat(approved.getRemedyAmount()).isEqualByComparingTo("109.99");
		assertThat(approved.getRemedyCurrency()).isEqualTo("EUR");
		assertThat(jdbc.queryForList("SELECT CONCAT(kind, ' ', amount, ' ', currency) FROM claim_cost_line "
				+ "WHERE claim_id = ? ORDER BY line_no", String.class, claim.getId()))
			.containsExactly("PARTS 40.50 EUR", "LABOUR 60.00 EUR", "SHIPPING 9.49 EUR");
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(agent))))
			.andExpect(content().string(containsString("Approved costs")))
			.andExpect(content().string(containsString("€40.50")))
			.andExpect(content().string(containsString("€109.99")));
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).extracting(AuditEntry::getDetail)
			.anySatisfy(detail -> assertThat(detail)
				.contains("Costs: parts 40.50 EUR, labour 60 EUR, shipping 9.49 EUR; total 109.99 EUR."));
		assertThat(claims.timeline(claim.getId())).last()
			.satisfies(event -> assertThat(event.getNote()).isEqualTo("Repair."));
	}

	@Test
	void theAssigneeHandsAClaimBackToTheQueue() throws Exception {
		mvc.perform(post("/staff/claims/{n}/assign", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf()).with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(agent))))
			.andExpect(content().string(containsString(">Unassign</button>")));
		mvc.perform(post("/staff/claims/{n}/unassign", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf()).with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		assertThat(reload().getAssigneeId()).isNull();
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
		mvc.perform(post("/staff/claims/{n}/unassign", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf()).with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only the claim&#39;s assignee or a supervisor can unassign it")));
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).extracting(AuditEntry::getAction)
			.containsExactly("ASSIGNED_TO_SELF", "UNASSIGNED");
	}

	@Test
	void approvalsOverTheThresholdNeedASupervisor() throws Exception {
		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REFUND")
			.param("refundAmount", "900")
			.param("approveReason", "Receipt seen by phone.")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Approvals over 500 need a supervisor")))
			.andExpect(content().string(containsString("value=\"900\"")));
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);

		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REFUND")
			.param("refundAmount", "900")
			.param("approveReason", "Receipt seen by phone.")
			.with(csrf())
			.with(user(Fixtures.user(supervisor)))).andExpect(status().isFound());
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.APPROVED);
	}

	@Test
	void aReplacementUnitInheritsTheRemainingCoverage() throws Exception {
		ProductView before = productViews.list(owner.getId(), ProductSort.MODEL).get(0);
		String newSerial = "TVNEW" + Fixtures.unique();
		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REPLACE")
			.param("replacementSerial", newSerial)
			.param("approveReason", "Receipt seen by phone.")
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		ProductView after = productViews.list(owner.getId(), ProductSort.MODEL).get(0);
		assertThat(after.serial()).isEqualTo(newSerial);
		assertThat(after.purchaseDate()).isEqualTo(before.purchaseDate());
		assertThat(after.partsEnd()).isEqualTo(before.partsEnd());
		assertThat(reload().getReplacementSerial()).isEqualTo(newSerial);
	}

	@Test
	void rejectingNeedsAReasonAndANoteAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/staff/claims/{n}/reject", claim.getNumber()).param("version", String.valueOf(version()))
			.param("reason", "NO_FAULT_FOUND")
			.param("rejectNote", "")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write a note for the owner")))
			.andExpect(content().string(containsString("value=\"NO_FAULT_FOUND\" selected=\"selected\"")));
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
	}

	@Test
	void agentsCannotOverrideTheVerdictButSupervisorsCanWithAReason() throws Exception {
		mvc.perform(post("/staff/claims/{n}/override", claim.getNumber()).param("version", String.valueOf(version()))
			.param("overrideVerdict", "ELIGIBLE")
			.param("overrideReason", "Goodwill")
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isForbidden());
		assertThat(reload().getOverrideStatus()).isNull();

		mvc.perform(post("/staff/claims/{n}/override", claim.getNumber()).param("version", String.valueOf(version()))
			.param("overrideVerdict", "ELIGIBLE")
			.param("overrideReason", "")
			.with(csrf())
			.with(user(Fixtures.user(supervisor))))
			.andExpect(content().string(containsString("Give the reason for overriding")));

		mvc.perform(post("/staff/claims/{n}/override", claim.getNumber()).param("version", String.valueOf(version()))
			.param("overrideVerdict", "ELIGIBLE")
			.param("overrideReason", "Known panel defect in this batch; goodwill.")
			.with(csrf())
			.with(user(Fixtures.user(supervisor)))).andExpect(status().isFound());
		assertThat(reload().getEffectiveVerdict()).isEqualTo(VerdictStatus.ELIGIBLE);
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).extracting(AuditEntry::getAction)
			.containsExactly("VERDICT_OVERRIDDEN");
	}

	@Test
	void approvingAClaimThatNeedsReviewAsksWhyAndTheAuditTrailKeepsTheReason() throws Exception {
		assertThat(reload().getVerdictStatus()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(agent))))
			.andExpect(content().string(containsString("Why you approve it")));
		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REPAIR")
			.param("labourCost", "120")
			.param("approveReason", " ")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why you approve a claim the rules did not find eligible")))
			.andExpect(content().string(containsString("value=\"120\"")));
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).isEmpty();

		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REPAIR")
			.param("labourCost", "120")
			.param("approveReason", "Receipt checked by phone with the shop.")
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.APPROVED);
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).singleElement().satisfies(entry -> {
			assertThat(entry.getAction()).isEqualTo("APPROVED");
			assertThat(entry.getDetail()).contains("NEEDS_REVIEW").contains("Receipt checked by phone with the shop.");
		});
	}

	@Test
	void staffFormsReportEachProblemBesideItsField() throws Exception {
		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "BARTER")
			.param("partsCost", "a lot")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how the claim is remedied")))
			.andExpect(content().string(containsString("Enter the cost of parts as a number")))
			.andExpect(content().string(containsString("value=\"a lot\"")));
		mvc.perform(post("/staff/claims/{n}/approve", claim.getNumber()).param("version", String.valueOf(version()))
			.param("resolution", "REFUND")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A refund needs the amount refunded")));
		mvc.perform(post("/staff/claims/{n}/plans", claim.getNumber()).param("version", String.valueOf(version()))
			.param("planName", "Care+")
			.param("planMonths", "twelve")
			.param("planPurchaseDate", "yesterday")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("length in months")))
			.andExpect(content().string(containsString("Enter the date the plan was bought")));
		mvc.perform(post("/staff/claims/{n}/request-info", claim.getNumber()).param("version", "not a number")
			.param("message", "Which input?")
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this claim")));
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
	}

	@Test
	void assignToMeIsOfferedOnlyToStaffWhoDoNotHaveTheClaim() throws Exception {
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(agent))))
			.andExpect(content().string(containsString("Assign to me")));
		mvc.perform(post("/staff/claims/{n}/assign", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isFound());

		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(agent))))
			.andExpect(content().string(not(containsString("Assign to me"))));
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(supervisor))))
			.andExpect(content().string(containsString("Assign to me")));
		// A second tab still showing the button is told, not failed.
		mvc.perform(post("/staff/claims/{n}/assign", claim.getNumber()).param("version", String.valueOf(version()))
			.with(csrf())
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This claim is assigned to you already.")));
	}

	@Test
	void aClosedClaimOffersNoActions() throws Exception {
		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(claim.getId(), ClaimStatus.REJECTED, ClaimService.Actor.SYSTEM, null);
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(supervisor))))
			.andExpect(content().string(containsString("Close the claim")))
			.andExpect(content().string(not(containsString("Override the verdict"))));
		claims.moveTo(claim.getId(), ClaimStatus.CLOSED, ClaimService.Actor.SYSTEM, null);
		mvc.perform(get("/staff/claims/{n}", claim.getNumber()).with(user(Fixtures.user(supervisor))))
			.andExpect(content().string(containsString("Nothing more can be done with this claim.")))
			.andExpect(content().string(not(containsString("Override the verdict"))))
			.andExpect(content().string(not(containsString("Assign to me"))))
			.andExpect(content().string(not(containsString("Close the claim"))));
	}

	@Test
	void aSupervisorsOverrideOnAClosedClaimIsRefusedWithAMessageAndChangesNothing() throws Exception {
		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(claim.getId(), ClaimStatus.REJECTED, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(claim.getId(), ClaimStatus.CLOSED, ClaimService.Actor.SYSTEM, null);
		long seen = version();
		List<AuditEntry> before = audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber());

		mvc.perform(post("/staff/claims/{n}/override", claim.getNumber()).param("version", String.valueOf(seen))
			.param("overrideVerdict", "ELIGIBLE")
			.param("overrideReason", "Goodwill after all.")
			.with(csrf())
			.with(user(Fixtures.user(supervisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("status is Closed, so you cannot override its verdict now")));

		Claim after = reload();
		assertThat(after.getOverrideStatus()).isNull();
		assertThat(after.getVersion()).isEqualTo(seen);
		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).hasSameSizeAs(before);
	}

	@Test
	void aStalePageGetsAConflictWithTheCurrentStateAndOverwritesNothing() throws Exception {
		long seen = version();
		mvc.perform(post("/staff/claims/{n}/request-info", claim.getNumber()).param("version", String.valueOf(seen))
			.param("message", "Which input?")
			.with(csrf())
			.with(user(Fixtures.user(agent)))).andExpect(status().isFound());
		mvc.perform(post("/staff/claims/{n}/reject", claim.getNumber()).param("version", String.valueOf(seen))
			.param("reason", "NO_FAULT_FOUND")
			.param("rejectNote", "Works here.")
			.with(csrf())
			.with(user(Fixtures.user(supervisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this claim")))
			.andExpect(content().string(containsString("Information requested")));
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.INFO_REQUESTED);
	}

	@Test
	void twoConcurrentApprovalsLeaveExactlyOneDecision() throws Exception {
		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		long seen = version();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(approveAs(agent, seen, start, "120"));
			Future<String> second = pool.submit(approveAs(supervisor, seen, start, "130"));
			start.countDown();
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("approved", "conflict");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(reload().getStatus()).isEqualTo(ClaimStatus.APPROVED);
		assertThat(claims.timeline(claim.getId())).extracting(ClaimEvent::getEventType)
			.filteredOn("APPROVED"::equals)
			.hasSize(1);
	}

	private Callable<String> approveAs(Account who, long version, CountDownLatch start, String amount) {
		return () -> {
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					Fixtures.user(who), null, Fixtures.user(who).getAuthorities()));
			try {
				start.await();
				staff.approve(claim.getNumber(), version,
						new StaffActor(who.getId(), who.getEmail(), who.getDisplayName(), who.getRole() == Role.SUPERVISOR),
						Resolution.REPAIR, null, List.of(new CostLine(CostKind.LABOUR, new BigDecimal(amount), "GBP")), null,
						"Receipt seen by phone.");
				return "approved";
			}
			catch (ClaimConflictException | ObjectOptimisticLockingFailureException | IllegalStateException ex) {
				return "conflict";
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		};
	}

	private <T> T asAgent(java.util.function.Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(Fixtures.user(agent), null, Fixtures.user(agent).getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
