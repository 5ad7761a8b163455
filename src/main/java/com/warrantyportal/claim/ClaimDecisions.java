package com.warrantyportal.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

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
		recordSteps(claim, actor, null, null);
		eligibility.refresh(claim);
		audit.record(actor.email(), "ASSIGNED_TO_SELF", AUDIT_TARGET, number, null);
		return claim;
	}

	@Transactional
	public Claim requestInformation(String number, long expectedVersion, StaffActor actor, String message) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.requestInformation(actor, clock.instant());
		recordSteps(claim, actor, null, message.strip());
		audit.record(actor.email(), "INFORMATION_REQUESTED", AUDIT_TARGET, number, message.strip());
		return claim;
	}

	/**
	 * Approves with a remedy. A replacement needs the new unit's serial; it inherits the remaining coverage. Amounts
	 * above the threshold need a supervisor. Approving a claim the rules found not eligible, or could not decide,
	 * needs the approver's reason ({@code reason}, refused on the field {@code approveReason} when blank); the audit
	 * trail keeps it.
	 */
	@Transactional
	public Claim approve(String number, long expectedVersion, StaffActor actor, Resolution resolution,
			String replacementSerial, BigDecimal amount, String note, String reason) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.require(StaffAction.APPROVE, actor);
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
		claim.approve(actor, resolution, replacement, amount, clock.instant());
		recordSteps(claim, actor, "APPROVED",
				describe(resolution, replacement, amount) + (note == null || note.isBlank() ? "" : " " + note.strip()));
		audit.record(actor.email(), "APPROVED", AUDIT_TARGET, number, describe(resolution, replacement, amount)
				+ (against == null ? "" : " Approved although the verdict was " + against + ": " + reason.strip()));
		return claim;
	}

	@Transactional
	public Claim reject(String number, long expectedVersion, StaffActor actor, RejectionReason reason, String note) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.require(StaffAction.REJECT, actor);
		snapshots.take(claim, "REJECTED");
		claim.reject(actor, reason, clock.instant());
		recordSteps(claim, actor, "REJECTED", note.strip());
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
		claim.close(actor, clock.instant());
		recordSteps(claim, actor, null, note == null || note.isBlank() ? null : note.strip());
		audit.record(actor.email(), "CLOSED", AUDIT_TARGET, number, note);
		return claim;
	}

	/**
	 * Writes the action's changes of status into the timeline: the last one under {@code eventType} (its status's
	 * name when null) with the note, any earlier one (the start of the review) as it is.
	 */
	private void recordSteps(Claim claim, StaffActor actor, String eventType, String note) {
		List<Claim.Step> steps = claim.takeSteps();
		for (int i = 0; i < steps.size(); i++) {
			Claim.Step step = steps.get(i);
			boolean last = i == steps.size() - 1;
			workflow.recordStep(claim, step.from(), step.to(), actor.asActor(),
					last && eventType != null ? eventType : step.to().name(), last ? note : null);
		}
	}

	private static String describe(Resolution resolution, String replacement, BigDecimal amount) {
		String text = switch (resolution) {
			case REPAIR -> "Repair.";
			case REPLACE -> "Replacement unit, serial " + replacement + ".";
			case REFUND -> "Refund.";
		};
		return amount == null ? text : text + " Amount " + amount.toPlainString() + ".";
	}
}
