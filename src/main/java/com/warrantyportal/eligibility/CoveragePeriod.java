package com.warrantyportal.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When coverage starts and when the applicable line's parts and labour end (DOMAIN.md, "Dates").
 * {@code start} is empty when neither a verified purchase date nor a manufacture date is known.
 */
public record CoveragePeriod(LocalDate start, boolean startFromManufacture, CoverageLine line, int addedMonths,
		LocalDate partsEnd, LocalDate labourEnd) {

	static CoveragePeriod of(ClaimFacts facts) {
		WarrantyTerms terms = facts.terms();
		CoverageLine line = terms.lineFor(facts.component()).orElse(new CoverageLine("*", 0, 0));
		int added = registrationBonus(facts) + facts.extendedPlanMonths();
		LocalDate start = null;
		boolean fromManufacture = false;
		if (facts.proofVerified() && facts.purchaseDate() != null) {
			start = facts.purchaseDate();
		}
		else if (facts.manufactureDate() != null) {
			start = facts.manufactureDate().plusDays(terms.noProofGraceDays());
			fromManufacture = true;
		}
		if (start == null) {
			return new CoveragePeriod(null, false, line, added, null, null);
		}
		return new CoveragePeriod(start, fromManufacture, line, added, lastDay(start, line.partsMonths() + added),
				lastDay(start, line.labourMonths() + added));
	}

	/** A line of N months covers start up to and including start + N months - 1 day (month ends clamped). */
	static LocalDate lastDay(LocalDate start, int months) {
		return start.plusMonths(months).minusDays(1);
	}

	private static int registrationBonus(ClaimFacts facts) {
		if (facts.purchaseDate() == null || facts.registeredDate() == null) {
			return 0;
		}
		long daysToRegister = ChronoUnit.DAYS.between(facts.purchaseDate(), facts.registeredDate());
		return daysToRegister <= facts.terms().registrationWindowDays() ? facts.terms().registrationBonusMonths() : 0;
	}

	public Optional<LocalDate> startDate() {
		return Optional.ofNullable(start);
	}

	public boolean hasStart() {
		return start != null;
	}
}
