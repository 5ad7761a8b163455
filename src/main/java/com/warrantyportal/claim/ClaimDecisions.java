package com.warrantyportal.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.eligibility.VerdictStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support agents and supervisors decide about a claim: take it, ask the owner, approve, reject, override the
 * verdict, close. The claim itself says whether the action is allowed; every action names the claim version the
 * actor saw and is refused with {@link ClaimConflictException} when the claim changed since; every action is
 * audited; decisions store the verdict as it stood. The page's read model is {@link StaffClaimPage}; the facts
 * behind the verdict are changed through {@link VerdictFacts}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class ClaimDecisions {

	/** The audit trail's target type for claims. */
	public static final String AUDIT_TARGET = "CLAIM";

	private final ClaimService workflow;

	private final ClaimEligibility eligibility;

	private final DecisionSnapshots snapshots;

	private final ReplacementUnits replacements;

	private final AuditTrail audit;

	private final BigDecimal supervisorThreshold;

	private final Clock clock;

	ClaimDecisions(ClaimService workflow, ClaimEligibility eligibility, DecisionSnapshots snapshots,
			ReplacementUnits replacements, AuditTrail audit,
			@Value("${warranty.approval.supervisor-threshold:500}") BigDecimal supervisorThreshold, Clock clock) {
		this.workflow = workflow;
		this.eligibility = eligibility;
		this.snapshots = snapshots;
		this.replacements = replacements;
		this.audit = audit;
		this.supervisorThreshold = supervisorThreshold;
		this.clock = clock;
	}

	@Transactional
	public Claim assignToMe(String number, long expectedVersion, StaffActor actor) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.assignTo(actor, clock.instant());
		workflow.recordChanges(claim, actor.asActor(), null);
		eligibility.refresh(claim);
		audit.record(actor.email(), "ASSIGNED_TO_SELF", AUDIT_TARGET, number, null);
		return claim;
	}

	/** The assignee (or a supervisor) hands an open claim back to the queue, unassigned. */
	@Transactional
	public Claim unassign(String number, long expectedVersion, StaffActor actor) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.unassign(actor, clock.instant());
		workflow.recordChanges(claim, actor.asActor(), null);
		audit.record(actor.email(), "UNASSIGNED", AUDIT_TARGET, number, null);
		return claim;
	}

	@Transactional
	public Claim requestInformation(String number, long expectedVersion, StaffActor actor, String message) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.requestInformation(actor, message.strip(), clock.instant());
		workflow.recordChanges(claim, actor.asActor(), null);
		audit.record(actor.email(), "INFORMATION_REQUESTED", AUDIT_TARGET, number, message.strip());
		return claim;
	}

	/**
	 * Approves with a remedy and its costs (all in one currency; the approved amount is their sum). A replacement
	 * needs the new unit's serial; it inherits the remaining coverage. Amounts above the threshold need a supervisor. Approving a claim the rules found not eligible, or could not decide,
	 * needs the approver's reason ({@code reason}, refused on the field {@code approveReason} when blank); the audit
	 * trail keeps it.
	 */
	@Transactional
	public Claim approve(String number, long expectedVersion, StaffActor actor, Resolution resolution,
			String replacementSerial, List<CostLine> costs, String note, String reason) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.require(StaffAction.APPROVE, actor);
		BigDecimal amount = CostLine.total(costs);
		if (amount != null && amount.compareTo(supervisorThreshold) > 0 && !actor.supervisor()) {
			throw new StaffActionRefusedException("staff.approve.needsSupervisor", supervisorThreshold.toPlainString());
		}
		String replacement = null;
		if (resolution == Resolution.REPLACE) {
			replacement = replacements.replace(claim, replacementSerial, actor);
		}
		snapshots.take(claim, "APPROVED");
		VerdictStatus against = claim.approvalNeedsReason() ? claim.getEffectiveVerdict() : null;
		if (against != null && (reason == null || reason.isBlank())) {
			throw StaffActionRefusedException.onField("approveReason", "staff.approve.reasonRequired");
		}
		claim.approve(actor, resolution, replacement, costs,
				forOwner(resolution, replacement, costs) + (note == null || note.isBlank() ? "" : " " + note.strip()),
				clock.instant());
		workflow.recordChanges(claim, actor.asActor(), null);
		audit.record(actor.email(), "APPROVED", AUDIT_TARGET, number, describe(resolution, replacement, costs)
				+ (against == null ? "" : " Approved although the verdict was " + against + ": " + reason.strip()));
		return claim;
	}

	@Transactional
	public Claim reject(String number, long expectedVersion, StaffActor actor, RejectionReason reason, String note) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.require(StaffAction.REJECT, actor);
		snapshots.take(claim, "REJECTED");
		claim.reject(actor, reason, note.strip(), clock.instant());
		workflow.recordChanges(claim, actor.asActor(), null);
		audit.record(actor.email(), "REJECTED", AUDIT_TARGET, number, reason + ": " + note.strip());
		return claim;
	}

	/** Supervisors only: sets the verdict staff act on, with the reason kept beside the engine's own verdict. */
	@Transactional
	@PreAuthorize("hasRole('SUPERVISOR')")
	public Claim overrideVerdict(String number, long expectedVersion, StaffActor actor, VerdictStatus status,
			String reason) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.require(StaffAction.OVERRIDE, actor);
		snapshots.take(claim, "OVERRIDDEN");
		VerdictStatus engine = claim.getVerdictStatus();
		claim.override(actor, status, reason.strip(), clock.instant());
		audit.record(actor.email(), "VERDICT_OVERRIDDEN", AUDIT_TARGET, number,
				"Engine said " + engine + "; set to " + status + ": " + reason.strip());
		return claim;
	}

	@Transactional
	public Claim close(String number, long expectedVersion, StaffActor actor, String note) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.close(actor, note == null || note.isBlank() ? null : note.strip(), clock.instant());
		workflow.recordChanges(claim, actor.asActor(), null);
		audit.record(actor.email(), "CLOSED", AUDIT_TARGET, number, note);
		return claim;
	}

	/** The decision as the owner's timeline and mail say it: the remedy, and for a refund the amount paid back. */
	private static String forOwner(Resolution resolution, String replacement, List<CostLine> costs) {
		return switch (resolution) {
			case REPAIR -> "Repair.";
			case REPLACE -> "Replacement unit, serial " + replacement + ".";
			case REFUND -> costs.stream()
				.filter(line -> line.getKind() == CostKind.REFUND)
				.findFirst()
				.map(line -> "Refund of " + line.getAmount().toPlainString() + " " + line.getCurrency() + ".")
				.orElse("Refund.");
		};
	}

	/** The decision for the audit trail: {@code Repair. Costs: parts 40.00 GBP, labour 60.00 GBP; total 100.00 GBP.} */
	private static String describe(Resolution resolution, String replacement, List<CostLine> costs) {
		String text = forOwner(resolution, replacement, costs);
		if (costs.isEmpty()) {
			return text;
		}
		String currency = costs.get(0).getCurrency();
		BigDecimal total = CostLine.total(costs);
		return text + " Costs: " + costs.stream()
			.map(line -> line.getKind().name().toLowerCase(Locale.ROOT) + " "
					+ line.getAmount().toPlainString() + " " + currency)
			.collect(Collectors.joining(", ")) + "; total " + total.toPlainString() + " " + currency
				+ ".";
	}
}
