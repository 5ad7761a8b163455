package com.warrantyportal.eligibility;

import java.util.ArrayList;
import java.util.List;

/** The verdict being built while the rules run: the first verdict reached stands, reasons keep accumulating. */
final class Evaluation {

	final ClaimFacts facts;

	final CoveragePeriod period;

	private VerdictStatus status;

	private boolean recall;

	private boolean datesInvalid;

	private Coverage warrantyCoverage = Coverage.NONE;

	private final List<Reason> reasons = new ArrayList<>();

	Evaluation(ClaimFacts facts, CoveragePeriod period) {
		this.facts = facts;
		this.period = period;
	}

	void reason(ReasonCode code, String explanation) {
		reasons.add(new Reason(code, explanation));
	}

	/** Sets the verdict unless an earlier rule already reached one. */
	void verdict(VerdictStatus candidate) {
		if (status == null) {
			status = candidate;
		}
	}

	boolean hasVerdict() {
		return status != null;
	}

	void recallApplies() {
		recall = true;
	}

	void datesInvalid() {
		datesInvalid = true;
	}

	boolean areDatesInvalid() {
		return datesInvalid;
	}

	void warrantyCoverage(Coverage coverage) {
		warrantyCoverage = coverage;
	}

	EligibilityVerdict result(String summary) {
		if (status == null) {
			// Rule 4 or rule 8 always reaches a verdict; getting here without one is a bug in the rule list.
			throw new IllegalStateException("No rule reached a verdict");
		}
		Coverage coverage = recall ? Coverage.RECALL : warrantyCoverage;
		return new EligibilityVerdict(status, coverage, period, reasons, summary);
	}
}
