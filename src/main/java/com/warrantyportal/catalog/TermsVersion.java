package com.warrantyportal.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * One version of a model's warranty terms, in force from {@code effectiveFrom} until the next version. Versions are
 * never edited: a change is a new version, so verdicts already given can always be explained.
 */
@Entity
@Table(name = "warranty_terms")
public class TermsVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "model_id", nullable = false)
	private Long modelId;

	@Column(name = "effective_from", nullable = false)
	private LocalDate effectiveFrom;

	private boolean transferable;

	@Column(name = "filing_window_days")
	private int filingWindowDays;

	@Column(name = "no_proof_grace_days")
	private int noProofGraceDays;

	@Column(name = "registration_bonus_months")
	private int registrationBonusMonths;

	@Column(name = "registration_window_days")
	private int registrationWindowDays;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	// Loaded with the versions a query returns in one more query, not one per version.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 32)
	@CollectionTable(name = "coverage_line", joinColumns = @JoinColumn(name = "terms_id"))
	private List<Line> lines = new ArrayList<>();

	protected TermsVersion() {
	}

	public TermsVersion(Long modelId, LocalDate effectiveFrom, WarrantyTerms terms, Instant createdAt,
			String createdBy) {
		this.modelId = modelId;
		this.effectiveFrom = effectiveFrom;
		this.transferable = terms.transferable();
		this.filingWindowDays = terms.filingWindowDays();
		this.noProofGraceDays = terms.noProofGraceDays();
		this.registrationBonusMonths = terms.registrationBonusMonths();
		this.registrationWindowDays = terms.registrationWindowDays();
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		terms.lines().forEach(l -> lines.add(new Line(l.component(), l.partsMonths(), l.labourMonths())));
	}

	public WarrantyTerms toTerms() {
		return new WarrantyTerms(
				lines.stream().map(l -> new CoverageLine(l.component, l.partsMonths, l.labourMonths)).toList(),
				transferable, filingWindowDays, noProofGraceDays, registrationBonusMonths, registrationWindowDays);
	}

	public Long getId() {
		return id;
	}

	public Long getModelId() {
		return modelId;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	@Embeddable
	static class Line {

		@Column(nullable = false)
		String component;

		@Column(name = "parts_months", nullable = false)
		int partsMonths;

		@Column(name = "labour_months", nullable = false)
		int labourMonths;

		protected Line() {
		}

		Line(String component, int partsMonths, int labourMonths) {
			this.component = component;
			this.partsMonths = partsMonths;
			this.labourMonths = labourMonths;
		}
	}
}
