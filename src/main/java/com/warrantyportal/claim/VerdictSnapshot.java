package com.warrantyportal.claim;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.eligibility.Reason;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The verdict exactly as it stood when a decision was taken. Never recomputed, never edited. */
@Entity
@Immutable
@Table(name = "verdict_snapshot")
public class VerdictSnapshot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "claim_id", nullable = false)
	private Long claimId;

	@Column(name = "taken_at", nullable = false)
	private Instant takenAt;

	@Column(name = "taken_for", nullable = false)
	private String takenFor;

	@Column(nullable = false)
	private String status;

	@Column(nullable = false)
	private String coverage;

	@Column(name = "reason_codes", nullable = false)
	private String reasonCodes;

	@Column(nullable = false)
	private String explanations;

	@Column(nullable = false)
	private String summary;

	@Column(name = "parts_end")
	private LocalDate partsEnd;

	@Column(name = "labour_end")
	private LocalDate labourEnd;

	@Column(name = "terms_version_id")
	private Long termsVersionId;

	protected VerdictSnapshot() {
	}

	VerdictSnapshot(Long claimId, Instant takenAt, String takenFor, EligibilityVerdict verdict, Long termsVersionId) {
		this.claimId = claimId;
		this.takenAt = takenAt;
		this.takenFor = takenFor;
		this.status = verdict.status().name();
		this.coverage = verdict.coverage().name();
		this.reasonCodes = String.join("|", verdict.reasonCodes().stream().map(Enum::name).toList());
		String joined = String.join("\n", verdict.reasons().stream().map(Reason::explanation).toList());
		this.explanations = joined.length() > 4000 ? joined.substring(0, 4000) : joined;
		this.summary = verdict.summary().length() > 1000 ? verdict.summary().substring(0, 1000) : verdict.summary();
		this.partsEnd = verdict.partsEnd();
		this.labourEnd = verdict.labourEnd();
		this.termsVersionId = termsVersionId;
	}

	public Instant getTakenAt() {
		return takenAt;
	}

	public String getTakenFor() {
		return takenFor;
	}

	public String getStatus() {
		return status;
	}

	public String getCoverage() {
		return coverage;
	}

	public String getReasonCodes() {
		return reasonCodes;
	}

	public java.util.List<String> getExplanationLines() {
		return explanations.isEmpty() ? java.util.List.of() : java.util.List.of(explanations.split("\n"));
	}

	public String getSummary() {
		return summary;
	}

	public LocalDate getPartsEnd() {
		return partsEnd;
	}

	public LocalDate getLabourEnd() {
		return labourEnd;
	}

	public Long getTermsVersionId() {
		return termsVersionId;
	}
}
