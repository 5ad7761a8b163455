package com.warrantyportal.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The engine's answer for one claim: status, coverage, the applicable line's end dates and every reason that applied,
 * in the order the rules found them.
 */
public record EligibilityVerdict(VerdictStatus status, Coverage coverage, CoveragePeriod period, List<Reason> reasons,
		String summary) {

	public EligibilityVerdict {
		reasons = List.copyOf(reasons);
	}

	public Set<ReasonCode> reasonCodes() {
		return reasons.stream().map(Reason::code).collect(Collectors.toCollection(TreeSet::new));
	}

	public LocalDate partsEnd() {
		return period.partsEnd();
	}

	public LocalDate labourEnd() {
		return period.labourEnd();
	}
}
