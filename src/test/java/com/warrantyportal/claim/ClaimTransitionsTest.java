package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.Coverage;
import com.warrantyportal.eligibility.VerdictStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every staff action on a claim in every status: the claim allows exactly what the workflow says, refuses the rest. */
class ClaimTransitionsTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private static final StaffActor AGENT = new StaffActor(7, "agent@example.com", "Agent", false);

	private static final StaffActor SUPERVISOR = new StaffActor(8, "supervisor@example.com", "Supervisor", true);

	private static final Set<StaffAction> REVIEW = EnumSet.of(StaffAction.ASSIGN, StaffAction.VERIFY_PROOF,
			StaffAction.SETTLE_SERIAL, StaffAction.ADD_PLAN);

	private static final Set<StaffAction> DECIDE = EnumSet.of(StaffAction.REQUEST_INFO, StaffAction.APPROVE,
			StaffAction.REJECT);

	/** What a supervisor who does not have the claim may do, by status, as docs/domain.md's workflow reads. */
	private static final Map<ClaimStatus, Set<StaffAction>> SUPERVISOR_MAY = Map.of(
			ClaimStatus.SUBMITTED, union(REVIEW, DECIDE, EnumSet.of(StaffAction.OVERRIDE)),
			ClaimStatus.IN_REVIEW, union(REVIEW, DECIDE, EnumSet.of(StaffAction.OVERRIDE)),
			ClaimStatus.INFO_REQUESTED, union(REVIEW, EnumSet.of(StaffAction.OVERRIDE)),
			ClaimStatus.APPROVED, EnumSet.of(StaffAction.CLOSE),
			ClaimStatus.REJECTED, EnumSet.of(StaffAction.CLOSE),
			ClaimStatus.CLOSED, EnumSet.noneOf(StaffAction.class),
			ClaimStatus.WITHDRAWN, EnumSet.noneOf(StaffAction.class));

	static Stream<Arguments> everyStatusAndAction() {
		return Stream.of(ClaimStatus.values())
			.flatMap(status -> Stream.of(StaffAction.values())
				.map(action -> Arguments.of(status, action, SUPERVISOR_MAY.get(status).contains(action))));
	}

	@ParameterizedTest(name = "{0}: {1} allowed {2}")
	@MethodSource("everyStatusAndAction")
	void aClaimAllowsExactlyTheActionsOfItsStatus(ClaimStatus status, StaffAction action, boolean allowed) {
		Claim claim = claimIn(status);
		assertThat(claim.allows(action, SUPERVISOR)).isEqualTo(allowed);
		if (allowed) {
			perform(claim, action, SUPERVISOR);
			assertThat(claim.getUpdatedAt()).isEqualTo(NOW);
		}
		else {
			long versionBefore = claim.getVersion();
			int changesBefore = claim.statusChanges().size();
			VerdictStatus overrideBefore = claim.getOverrideStatus();
			Long assigneeBefore = claim.getAssigneeId();
			assertThatThrownBy(() -> perform(claim, action, SUPERVISOR))
				.isInstanceOf(ClaimActionRefusedException.class)
				.isInstanceOf(IllegalStateException.class)
				.satisfies(ex -> assertThat(((ClaimActionRefusedException) ex).getAction()).isEqualTo(action));
			assertThat(claim.getStatus()).isEqualTo(status);
			assertThat(claim.getOverrideStatus()).isEqualTo(overrideBefore);
			assertThat(claim.getAssigneeId()).isEqualTo(assigneeBefore);
			assertThat(claim.getVersion()).isEqualTo(versionBefore);
			assertThat(claim.statusChanges()).hasSize(changesBefore);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyStatus")
	void agentsMayDoWhatSupervisorsMayExceptOverride(ClaimStatus status) {
		Set<StaffAction> expected = EnumSet.noneOf(StaffAction.class);
		expected.addAll(SUPERVISOR_MAY.get(status));
		expected.remove(StaffAction.OVERRIDE);
		assertThat(claimIn(status).allowedActions(AGENT)).containsExactlyInAnyOrderElementsOf(expected);
		if (status.isOpen()) {
			assertThatThrownBy(() -> claimIn(status).override(AGENT, VerdictStatus.ELIGIBLE, "Goodwill", NOW))
				.isInstanceOf(ClaimActionRefusedException.class)
				.extracting(ex -> ((ClaimActionRefusedException) ex).getMessageKey())
				.isEqualTo("staff.override.supervisorOnly");
		}
	}

	static Stream<ClaimStatus> everyStatus() {
		return Stream.of(ClaimStatus.values());
	}

	@Test
	void aClaimAssignedToTheActorIsNotOfferedToThemAgainButToOthers() {
		Claim claim = claimIn(ClaimStatus.SUBMITTED);
		claim.assignTo(AGENT, NOW);
		assertThat(claim.allowedActions(AGENT)).doesNotContain(StaffAction.ASSIGN);
		assertThat(claim.allowedActions(SUPERVISOR)).contains(StaffAction.ASSIGN);
		assertThatThrownBy(() -> claim.assignTo(AGENT, NOW)).isInstanceOf(ClaimActionRefusedException.class)
			.extracting(ex -> ((ClaimActionRefusedException) ex).getMessageKey())
			.isEqualTo("staff.action.refused.yoursAlready");
		claim.assignTo(SUPERVISOR, NOW);
		assertThat(claim.getAssigneeId()).isEqualTo(SUPERVISOR.accountId());
	}

	@Test
	void theFirstStaffActionOnASubmittedClaimStartsItsReviewAsAStepOfItsOwn() {
		Claim claim = claimIn(ClaimStatus.SUBMITTED);
		claim.approve(AGENT, Resolution.REPAIR, null, List.of(), "Repair.", NOW);
		assertThat(claim.statusChanges()).containsExactly(
				new ClaimStatusChanged(null, "WC-2026-000001", 3L, ClaimStatus.SUBMITTED, ClaimStatus.IN_REVIEW, null),
				new ClaimStatusChanged(null, "WC-2026-000001", 3L, ClaimStatus.IN_REVIEW, ClaimStatus.APPROVED,
						"Repair."));
		assertThat(claim.getResolution()).isEqualTo(Resolution.REPAIR);
		assertThat(claim.getDecidedAt()).isEqualTo(NOW);
		assertThat(claim.getRemedyAmount()).isNull();
	}

	@Test
	void theApprovedAmountIsTheSumOfTheCostLinesInTheirOneCurrency() {
		Claim claim = claimIn(ClaimStatus.IN_REVIEW);
		claim.approve(AGENT, Resolution.REPAIR, null, List.of(new CostLine(CostKind.PARTS, new BigDecimal("40.50"), "EUR"),
				new CostLine(CostKind.LABOUR, new BigDecimal("60.00"), "EUR"),
				new CostLine(CostKind.SHIPPING, new BigDecimal("9.99"), "EUR")), null, NOW);
		assertThat(claim.getRemedyAmount()).isEqualByComparingTo("110.49");
		assertThat(claim.getRemedyCurrency()).isEqualTo("EUR");
		assertThat(claim.getCostLines()).extracting(CostLine::getKind)
			.containsExactly(CostKind.PARTS, CostKind.LABOUR, CostKind.SHIPPING);
	}

	@Test
	void costsInTwoCurrenciesOrARefundThatIsNotOneAreRefusedAndChangeNothing() {
		Claim claim = claimIn(ClaimStatus.IN_REVIEW);
		CostLine parts = new CostLine(CostKind.PARTS, new BigDecimal("40"), "GBP");
		assertThatThrownBy(() -> claim.approve(AGENT, Resolution.REPAIR, null,
				List.of(parts, new CostLine(CostKind.LABOUR, new BigDecimal("60"), "EUR")), null, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> claim.approve(AGENT, Resolution.REFUND, null, List.of(parts), null, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> claim.approve(AGENT, Resolution.REPAIR, null,
				List.of(new CostLine(CostKind.REFUND, new BigDecimal("10"), "GBP")), null, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CostLine(CostKind.PARTS, new BigDecimal("-1"), "GBP"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
		assertThat(claim.getRemedyAmount()).isNull();
		assertThat(claim.getCostLines()).isEmpty();
	}

	@Test
	void theAssigneeOrASupervisorUnassignsAnOpenClaimNobodyElse() {
		StaffActor otherAgent = new StaffActor(9, "agent2@example.com", "Agent 2", false);
		Claim claim = claimIn(ClaimStatus.IN_REVIEW);
		assertThat(claim.allowedActions(AGENT)).doesNotContain(StaffAction.UNASSIGN);
		claim.assignTo(AGENT, NOW);
		assertThat(claim.allowedActions(AGENT)).contains(StaffAction.UNASSIGN);
		assertThat(claim.allowedActions(SUPERVISOR)).contains(StaffAction.UNASSIGN);
		assertThatThrownBy(() -> claim.unassign(otherAgent, NOW)).isInstanceOf(ClaimActionRefusedException.class)
			.extracting(ex -> ((ClaimActionRefusedException) ex).getMessageKey())
			.isEqualTo("staff.action.refused.notYours");
		claim.unassign(AGENT, NOW);
		assertThat(claim.getAssigneeId()).isNull();
		assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
		claim.assignTo(otherAgent, NOW);
		claim.unassign(SUPERVISOR, NOW);
		assertThat(claim.getAssigneeId()).isNull();

		Claim decided = claimIn(ClaimStatus.IN_REVIEW);
		decided.assignTo(AGENT, NOW);
		decided.reject(AGENT, RejectionReason.NO_FAULT_FOUND, "No fault.", NOW);
		assertThat(decided.allowedActions(AGENT)).doesNotContain(StaffAction.UNASSIGN);
		assertThatThrownBy(() -> decided.unassign(AGENT, NOW)).isInstanceOf(ClaimActionRefusedException.class);
		assertThat(decided.getAssigneeId()).isEqualTo(AGENT.accountId());
	}

	@Test
	void approvingAgainstTheRulesNeedsAReasonUnlessASupervisorOverrodeTheVerdict() {
		Claim claim = claimIn(ClaimStatus.IN_REVIEW);
		claim.recordVerdict(VerdictStatus.ELIGIBLE, Coverage.FULL);
		assertThat(claim.approvalNeedsReason()).isFalse();
		claim.recordVerdict(VerdictStatus.NEEDS_REVIEW, null);
		assertThat(claim.approvalNeedsReason()).isTrue();
		claim.recordVerdict(VerdictStatus.NOT_ELIGIBLE, null);
		assertThat(claim.approvalNeedsReason()).isTrue();
		claim.override(SUPERVISOR, VerdictStatus.ELIGIBLE, "Known batch defect", NOW);
		assertThat(claim.approvalNeedsReason()).isFalse();
	}

	private static void perform(Claim claim, StaffAction action, StaffActor actor) {
		switch (action) {
			case ASSIGN -> claim.assignTo(actor, NOW);
			case UNASSIGN -> claim.unassign(actor, NOW);
			case VERIFY_PROOF, SETTLE_SERIAL, ADD_PLAN -> claim.recordFactChange(action, actor, NOW);
			case REQUEST_INFO -> claim.requestInformation(actor, "Please send a photo.", NOW);
			case APPROVE -> claim.approve(actor, Resolution.REPAIR, null, List.of(), null, NOW);
			case REJECT -> claim.reject(actor, RejectionReason.NO_FAULT_FOUND, "No fault found.", NOW);
			case OVERRIDE -> claim.override(actor, VerdictStatus.ELIGIBLE, "Goodwill", NOW);
			case CLOSE -> claim.close(actor, null, NOW);
		}
	}

	/** A claim brought to the status along the workflow, as the owner and the system move it. */
	private static Claim claimIn(ClaimStatus status) {
		Instant filed = NOW.minusSeconds(3600);
		Claim claim = new Claim("WC-2026-000001", 1L, 2L, 3L, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21),
				"panel", Cause.DEFECT, "A green line runs down the screen.", null, filed);
		switch (status) {
			case SUBMITTED -> {
			}
			case IN_REVIEW -> claim.moveTo(ClaimStatus.IN_REVIEW, null, filed);
			case INFO_REQUESTED -> {
				claim.moveTo(ClaimStatus.IN_REVIEW, null, filed);
				claim.moveTo(ClaimStatus.INFO_REQUESTED, null, filed);
			}
			case APPROVED, REJECTED -> {
				claim.moveTo(ClaimStatus.IN_REVIEW, null, filed);
				claim.moveTo(status, null, filed);
			}
			case CLOSED -> {
				claim.moveTo(ClaimStatus.IN_REVIEW, null, filed);
				claim.moveTo(ClaimStatus.APPROVED, null, filed);
				claim.moveTo(ClaimStatus.CLOSED, null, filed);
			}
			case WITHDRAWN -> claim.moveTo(ClaimStatus.WITHDRAWN, null, filed);
		}
		return claim;
	}

	@SafeVarargs
	private static Set<StaffAction> union(Set<StaffAction>... sets) {
		Set<StaffAction> all = EnumSet.noneOf(StaffAction.class);
		Stream.of(sets).forEach(all::addAll);
		return all;
	}
}
