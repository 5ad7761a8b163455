package com.warrantyportal.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.account.Account;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.catalog.SerialFormatCatalog;
import com.warrantyportal.catalog.SerialFormats;
import com.warrantyportal.catalog.TermsVersion;
import com.warrantyportal.claim.internal.ClaimRepository;
import com.warrantyportal.claim.internal.VerdictSnapshotRepository;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.ExtendedPlan;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialRegistryEntry;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.StaffAlert;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support agents and supervisors do with a claim. Every action names the claim version the actor saw and is
 * refused with {@link ClaimConflictException} when the claim changed since; every action is audited; decisions
 * store the verdict as it stood.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class StaffClaims {

	public static final String AUDIT_TARGET = "CLAIM";

	private final ClaimRepository claims;

	private final ClaimService workflow;

	private final VerdictSnapshotRepository snapshots;

	private final ClaimEligibility eligibility;

	private final RegistrationService registrations;

	private final UnitService units;

	private final CatalogService catalog;

	private final SerialFormatCatalog serialFormats;

	private final AuditTrail audit;

	private final StaffClaimFiles files;

	private final BigDecimal supervisorThreshold;

	private final Clock clock;

	StaffClaims(ClaimRepository claims, ClaimService workflow, VerdictSnapshotRepository snapshots,
			ClaimEligibility eligibility, RegistrationService registrations, UnitService units, CatalogService catalog,
			SerialFormatCatalog serialFormats, AuditTrail audit, StaffClaimFiles files,
			@Value("${warranty.approval.supervisor-threshold:500}") BigDecimal supervisorThreshold, Clock clock) {
		this.serialFormats = serialFormats;
		this.claims = claims;
		this.workflow = workflow;
		this.snapshots = snapshots;
		this.eligibility = eligibility;
		this.registrations = registrations;
		this.units = units;
		this.catalog = catalog;
		this.audit = audit;
		this.files = files;
		this.supervisorThreshold = supervisorThreshold;
		this.clock = clock;
	}

	/**
	 * Everything the claim page shows staff. {@code verdict} is live while the claim is open. Read by
	 * {@link StaffClaimFiles}.
	 */
	public record ClaimFile(Claim claim, Account owner, Registration registration, Unit unit, ProductModel model,
			Manufacturer manufacturer, Optional<SerialRegistryEntry> registryEntry, String registryFacts, StoredFile proof,
			List<StoredFile> attachments, EligibilityVerdict verdict, Optional<TermsVersion> termsVersion,
			List<VerdictSnapshot> snapshots, List<ClaimEvent> timeline, List<AuditEntry> audit,
			List<Claim> otherClaimsOnSerial, List<StaffAlert> alerts, List<ExtendedPlan> plans,
			List<RecallCampaign> recalls, String assignee, BigDecimal supervisorThreshold) {
	}

	public Optional<ClaimFile> open(String number) {
		return files.open(number);
	}

	@Transactional
	public Claim assignToMe(String number, long expectedVersion, StaffActor actor) {
		Claim claim = current(number, expectedVersion);
		claim.assignTo(actor, clock.instant());
		recordSteps(claim, actor, null, null);
		eligibility.refresh(claim);
		audit.record(actor.label(), "ASSIGNED_TO_SELF", AUDIT_TARGET, number, null);
		return claim;
	}

	@Transactional
	public Claim verifyProof(String number, long expectedVersion, StaffActor actor) {
		Claim claim = current(number, expectedVersion);
		claim.recordFactChange(StaffAction.VERIFY_PROOF, actor, clock.instant());
		Registration registration = registrations.find(claim.getRegistrationId()).orElseThrow();
		if (registration.getProofFileId() == null) {
			throw new StaffActionRefusedException("staff.proof.none");
		}
		registrations.verifyProof(registration.getId());
		eligibility.refresh(claim);
		audit.record(actor.label(), "PROOF_VERIFIED", AUDIT_TARGET, number,
				"Purchase date " + registration.getPurchaseDate() + "; verdict now " + claim.getVerdictStatus());
		return claim;
	}

	@Transactional
	public Claim requestInformation(String number, long expectedVersion, StaffActor actor, String message) {
		Claim claim = current(number, expectedVersion);
		claim.requestInformation(actor, clock.instant());
		recordSteps(claim, actor, null, message.strip());
		audit.record(actor.label(), "INFORMATION_REQUESTED", AUDIT_TARGET, number, message.strip());
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
		Claim claim = current(number, expectedVersion);
		claim.require(StaffAction.APPROVE, actor);
		if (amount != null && amount.compareTo(supervisorThreshold) > 0 && !actor.supervisor()) {
			throw new StaffActionRefusedException("staff.approve.needsSupervisor", supervisorThreshold.toPlainString());
		}
		String replacement = null;
		if (resolution == Resolution.REPLACE) {
			replacement = replaceUnit(claim, replacementSerial, actor);
		}
		snapshot(claim, "APPROVED");
		VerdictStatus against = claim.approvalNeedsReason() ? claim.getEffectiveVerdict() : null;
		if (against != null && (reason == null || reason.isBlank())) {
			throw StaffActionRefusedException.onField("approveReason", "staff.approve.reasonRequired");
		}
		claim.approve(actor, resolution, replacement, amount, clock.instant());
		recordSteps(claim, actor, "APPROVED",
				describe(resolution, replacement, amount) + (note == null || note.isBlank() ? "" : " " + note.strip()));
		audit.record(actor.label(), "APPROVED", AUDIT_TARGET, number, describe(resolution, replacement, amount)
				+ (against == null ? "" : " Approved although the verdict was " + against + ": " + reason.strip()));
		return claim;
	}

	@Transactional
	public Claim reject(String number, long expectedVersion, StaffActor actor, RejectionReason reason, String note) {
		Claim claim = current(number, expectedVersion);
		claim.require(StaffAction.REJECT, actor);
		snapshot(claim, "REJECTED");
		claim.reject(actor, reason, clock.instant());
		recordSteps(claim, actor, "REJECTED", note.strip());
		audit.record(actor.label(), "REJECTED", AUDIT_TARGET, number, reason + ": " + note.strip());
		return claim;
	}

	/** Supervisors only: sets the verdict staff act on, with the reason kept beside the engine's own verdict. */
	@Transactional
	@PreAuthorize("hasRole('SUPERVISOR')")
	public Claim overrideVerdict(String number, long expectedVersion, StaffActor actor, VerdictStatus status,
			String reason) {
		Claim claim = current(number, expectedVersion);
		claim.require(StaffAction.OVERRIDE, actor);
		snapshot(claim, "OVERRIDDEN");
		VerdictStatus engine = claim.getVerdictStatus();
		claim.override(actor, status, reason.strip(), clock.instant());
		audit.record(actor.label(), "VERDICT_OVERRIDDEN", AUDIT_TARGET, number,
				"Engine said " + engine + "; set to " + status + ": " + reason.strip());
		return claim;
	}

	@Transactional
	public Claim close(String number, long expectedVersion, StaffActor actor, String note) {
		Claim claim = current(number, expectedVersion);
		claim.close(actor, clock.instant());
		recordSteps(claim, actor, null, note == null || note.isBlank() ? null : note.strip());
		audit.record(actor.label(), "CLOSED", AUDIT_TARGET, number, note);
		return claim;
	}

	/** Staff settle the unit's serial status after checking it; the verdict is recomputed. */
	@Transactional
	public Claim settleSerialStatus(String number, long expectedVersion, StaffActor actor, SerialStatus status,
			String note) {
		Claim claim = current(number, expectedVersion);
		claim.recordFactChange(StaffAction.SETTLE_SERIAL, actor, clock.instant());
		Unit unit = units.find(claim.getUnitId()).orElseThrow();
		SerialStatus before = unit.getSerialStatus();
		units.settleStatus(unit.getId(), status);
		eligibility.refresh(claim);
		audit.record(actor.label(), "SERIAL_STATUS_SET", AUDIT_TARGET, number,
				"Serial " + unit.getSerialDisplay() + ": " + before + " to " + status + ". " + note.strip());
		return claim;
	}

	@Transactional
	public ExtendedPlan addExtendedPlan(String number, long expectedVersion, StaffActor actor, String name, int months,
			LocalDate purchaseDate) {
		Claim claim = current(number, expectedVersion);
		claim.recordFactChange(StaffAction.ADD_PLAN, actor, clock.instant());
		ExtendedPlan plan = units.addPlan(claim.getUnitId(), name, months, purchaseDate, actor.label());
		eligibility.refresh(claim);
		audit.record(actor.label(), "EXTENDED_PLAN_ADDED", AUDIT_TARGET, number,
				name.strip() + ", " + months + " months, bought " + purchaseDate);
		return plan;
	}

	private Claim current(String number, long expectedVersion) {
		Claim claim = claims.lockByNumber(number).orElseThrow(ClaimNotFoundException::new);
		if (claim.getVersion() != expectedVersion) {
			throw new ClaimConflictException(number);
		}
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

	private void snapshot(Claim claim, String takenFor) {
		EligibilityVerdict verdict = eligibility.refresh(claim);
		Registration registration = registrations.find(claim.getRegistrationId()).orElseThrow();
		Unit unit = units.find(claim.getUnitId()).orElseThrow();
		Long termsId = catalog.termsVersionInForce(unit.getModelId(), registration.getPurchaseDate())
			.map(TermsVersion::getId)
			.orElse(null);
		snapshots.save(new VerdictSnapshot(claim.getId(), clock.instant(), takenFor, verdict, termsId));
	}

	private String replaceUnit(Claim claim, String typedSerial, StaffActor actor) {
		SerialNumber serial = SerialNumber.of(typedSerial);
		if (serial.isBlank()) {
			throw new StaffActionRefusedException("staff.replace.serialRequired");
		}
		Unit old = units.find(claim.getUnitId()).orElseThrow();
		Manufacturer maker = catalog.findManufacturer(old.getManufacturerId()).orElseThrow();
		SerialFormats formats = serialFormats.serialFormatsFor(old.getModelId());
		if (!formats.accepts(serial.key())) {
			throw formats.example()
				.map(example -> new StaffActionRefusedException("staff.replace.serialFormat", maker.getName(), example))
				.orElseGet(() -> new StaffActionRefusedException("serialFormat.replace.noExample", maker.getName()));
		}
		if (units.find(maker.getId(), serial).isPresent()) {
			throw new StaffActionRefusedException("staff.replace.serialTaken", serial.display());
		}
		Optional<SerialRegistryEntry> entry = maker.isKeepsRegistry() ? units.registryEntry(maker.getId(), serial)
				: Optional.empty();
		Unit replacement = units.create(maker.getId(), old.getModelId(), serial,
				SerialStatus.fromRegistry(maker.isKeepsRegistry(), entry, old.getModelId()),
				entry.map(SerialRegistryEntry::getManufactureDate)
					.or(() -> formats.manufactureDate(serial.key()))
					.orElse(null));
		registrations.moveToReplacement(claim.getRegistrationId(), replacement.getId());
		units.copyPlans(old.getId(), replacement.getId(), actor.label());
		return serial.display();
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
