package com.warrantyportal.claim;

import java.time.Instant;
import java.time.LocalDate;

import java.math.BigDecimal;

import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.Coverage;
import com.warrantyportal.eligibility.VerdictStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A warranty claim filed by an owner on one registered unit. State changes go through {@link #moveTo}. */
@Entity
@Table(name = "claim")
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "claim_number", nullable = false)
	private String number;

	@Column(name = "registration_id", nullable = false)
	private Long registrationId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClaimStatus status;

	@Column(name = "failure_date", nullable = false)
	private LocalDate failureDate;

	@Column(name = "filed_on", nullable = false)
	private LocalDate filedOn;

	@Column(nullable = false)
	private String component;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Cause cause;

	@Column(nullable = false)
	private String description;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "submission_token")
	private String submissionToken;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict_status")
	private VerdictStatus verdictStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict_coverage")
	private Coverage verdictCoverage;

	@Enumerated(EnumType.STRING)
	@Column(name = "override_status")
	private VerdictStatus overrideStatus;

	@Column(name = "override_reason")
	private String overrideReason;

	@Enumerated(EnumType.STRING)
	private Resolution resolution;

	@Column(name = "replacement_serial")
	private String replacementSerial;

	@Column(name = "remedy_amount")
	private BigDecimal remedyAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "rejection_reason")
	private RejectionReason rejectionReason;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Claim() {
	}

	Claim(String number, Long registrationId, Long unitId, Long ownerId, LocalDate failureDate, LocalDate filedOn,
			String component, Cause cause, String description, String submissionToken, Instant now) {
		this.number = number;
		this.submissionToken = submissionToken;
		this.registrationId = registrationId;
		this.unitId = unitId;
		this.ownerId = ownerId;
		this.status = ClaimStatus.SUBMITTED;
		this.failureDate = failureDate;
		this.filedOn = filedOn;
		this.component = component;
		this.cause = cause;
		this.description = description;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Moves along the workflow, or throws when docs/domain.md's workflow does not allow the step. */
	ClaimStatus moveTo(ClaimStatus next, Instant now) {
		if (!status.canMoveTo(next)) {
			throw new IllegalStateException("A claim " + status + " cannot become " + next);
		}
		ClaimStatus previous = status;
		status = next;
		updatedAt = now;
		return previous;
	}

	/** The engine's current answer, kept on the claim for the queue's badge and filter. */
	void recordVerdict(VerdictStatus status, Coverage coverage) {
		this.verdictStatus = status;
		this.verdictCoverage = coverage;
	}

	void override(VerdictStatus status, String reason, Instant now) {
		this.overrideStatus = status;
		this.overrideReason = reason;
		this.updatedAt = now;
	}

	void approve(Resolution resolution, String replacementSerial, BigDecimal amount, Instant now) {
		moveTo(ClaimStatus.APPROVED, now);
		this.resolution = resolution;
		this.replacementSerial = replacementSerial;
		this.remedyAmount = amount;
		this.decidedAt = now;
	}

	void reject(RejectionReason reason, Instant now) {
		moveTo(ClaimStatus.REJECTED, now);
		this.rejectionReason = reason;
		this.decidedAt = now;
	}

	/** Any change made by staff bumps the version, so a page loaded before it is refused. */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	void assignTo(Long accountId, Instant now) {
		this.assigneeId = accountId;
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public Long getRegistrationId() {
		return registrationId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public ClaimStatus getStatus() {
		return status;
	}

	public LocalDate getFailureDate() {
		return failureDate;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public String getComponent() {
		return component;
	}

	public Cause getCause() {
		return cause;
	}

	public String getDescription() {
		return description;
	}

	public Long getAssigneeId() {
		return assigneeId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public VerdictStatus getVerdictStatus() {
		return verdictStatus;
	}

	public Coverage getVerdictCoverage() {
		return verdictCoverage;
	}

	/** The verdict staff act on: a supervisor's override when there is one, else the engine's. */
	public VerdictStatus getEffectiveVerdict() {
		return overrideStatus != null ? overrideStatus : verdictStatus;
	}

	public VerdictStatus getOverrideStatus() {
		return overrideStatus;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public Resolution getResolution() {
		return resolution;
	}

	public String getReplacementSerial() {
		return replacementSerial;
	}

	public BigDecimal getRemedyAmount() {
		return remedyAmount;
	}

	public RejectionReason getRejectionReason() {
		return rejectionReason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
