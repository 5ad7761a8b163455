package com.warrantyportal.claim;

import java.time.Clock;
import java.time.LocalDate;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.ExtendedPlan;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff settle the facts a claim's verdict rests on (the receipt, the serial's status, an extended plan) while the
 * claim is open; the verdict is recomputed and the change audited. Each names the claim version the actor saw.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class VerdictFacts {

	private final ClaimService workflow;

	private final ClaimEligibility eligibility;

	private final RegistrationService registrations;

	private final UnitService units;

	private final AuditTrail audit;

	private final Clock clock;

	VerdictFacts(ClaimService workflow, ClaimEligibility eligibility, RegistrationService registrations,
			UnitService units, AuditTrail audit, Clock clock) {
		this.workflow = workflow;
		this.eligibility = eligibility;
		this.registrations = registrations;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public Claim verifyProof(String number, long expectedVersion, StaffActor actor) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.recordFactChange(StaffAction.VERIFY_PROOF, actor, clock.instant());
		Registration registration = registrations.find(claim.getRegistrationId()).orElseThrow();
		if (registration.getProofFileId() == null) {
			throw new StaffActionRefusedException("staff.proof.none");
		}
		registrations.verifyProof(registration.getId());
		eligibility.refresh(claim);
		audit.record(actor.email(), "PROOF_VERIFIED", ClaimDecisions.AUDIT_TARGET, number,
				"Purchase date " + registration.getPurchaseDate() + "; verdict now " + claim.getVerdictStatus());
		return claim;
	}

	/** Staff settle the unit's serial status after checking it; the verdict is recomputed. */
	public Claim settleSerialStatus(String number, long expectedVersion, StaffActor actor, SerialStatus status,
			String note) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.recordFactChange(StaffAction.SETTLE_SERIAL, actor, clock.instant());
		Unit unit = units.find(claim.getUnitId()).orElseThrow();
		SerialStatus before = unit.getSerialStatus();
		units.settleStatus(unit.getId(), status);
		eligibility.refresh(claim);
		audit.record(actor.email(), "SERIAL_STATUS_SET", ClaimDecisions.AUDIT_TARGET, number,
				"Serial " + unit.getSerialDisplay() + ": " + before + " to " + status + ". " + note.strip());
		return claim;
	}

	public ExtendedPlan addExtendedPlan(String number, long expectedVersion, StaffActor actor, String name, int months,
			LocalDate purchaseDate) {
		Claim claim = workflow.lockForStaff(number, expectedVersion);
		claim.recordFactChange(StaffAction.ADD_PLAN, actor, clock.instant());
		ExtendedPlan plan = units.addPlan(claim.getUnitId(), name, months, purchaseDate, actor.label());
		eligibility.refresh(claim);
		audit.record(actor.email(), "EXTENDED_PLAN_ADDED", ClaimDecisions.AUDIT_TARGET, number,
				name.strip() + ", " + months + " months, bought " + purchaseDate);
		return plan;
	}
}
