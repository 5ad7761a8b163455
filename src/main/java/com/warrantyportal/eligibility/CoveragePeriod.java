package com.warrantyportal.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * When coverage starts and when the applicable line's parts and labour end (docs/domain.md, "Dates").
 * {@code start} is empty when neither a verified purchase date nor a manufacture date is known.
 */
public record CoveragePeriod(LocalDate start, boolean startFromManufacture, CoverageLine line, int addedMonths,
		LocalDate partsEnd, LocalDate labourEnd) {

	static CoveragePeriod of(ClaimFacts facts) {
		return forUnit(facts.terms(), facts.component(), facts.extendedPlanMonths(), facts.purchaseDate(),
				facts.proofVerified(), facts.manufactureDate(), facts.registeredDate());
	}

	/** The coverage of one component of a unit, whatever fails and whenever: what an owner's product list shows. */
	public static CoveragePeriod forUnit(WarrantyTerms terms, String component, int extendedPlanMonths,
			LocalDate purchaseDate, boolean proofVerified, LocalDate manufactureDate, LocalDate registeredDate) {
		CoverageLine line = terms.lineFor(component).orElse(new CoverageLine("*", 0, 0));
		int added = registrationBonus(terms, purchaseDate, registeredDate) + extendedPlanMonths;
		LocalDate start = null;
		boolean fromManufacture = false;
		if (proofVerified && purchaseDate != null) {
			start = purchaseDate;
		}
		else if (manufactureDate != null) {
			start = manufactureDate.plusDays(terms.noProofGraceDays());
			fromManufacture = true;
		}
		if (start == null) {
			return new CoveragePeriod(null, false, line, added, null, null);
		}
		return new CoveragePeriod(start, fromManufacture, line, added, lastDay(start, line.partsMonths() + added),
				lastDay(start, line.labourMonths() + added));
	}

	/**
	 * The coverage of every line of the terms for a unit, as pages list it: the catch-all line first (a line of no
	 * months when the terms have none), then each component's own line by name.
	 */
	public static List<CoveragePeriod> forEveryLine(WarrantyTerms terms, int extendedPlanMonths,
			LocalDate purchaseDate, boolean proofVerified, LocalDate manufactureDate, LocalDate registeredDate) {
		List<String> components = new ArrayList<>();
		components.add(CoverageLine.ANY_COMPONENT);
		terms.lines()
			.stream()
			.filter(line -> !line.isCatchAll())
			.map(CoverageLine::component)
			.sorted()
			.forEach(components::add);
		return components.stream()
			.map(component -> forUnit(terms, component, extendedPlanMonths, purchaseDate, proofVerified,
					manufactureDate, registeredDate))
			.toList();
	}

	/** A line of N months covers start up to and including start + N months - 1 day (month ends clamped). */
	static LocalDate lastDay(LocalDate start, int months) {
		return start.plusMonths(months).minusDays(1);
	}

	private static int registrationBonus(WarrantyTerms terms, LocalDate purchaseDate, LocalDate registeredDate) {
		if (purchaseDate == null || registeredDate == null) {
			return 0;
		}
		long daysToRegister = ChronoUnit.DAYS.between(purchaseDate, registeredDate);
		return daysToRegister <= terms.registrationWindowDays() ? terms.registrationBonusMonths() : 0;
	}

	public boolean hasStart() {
		return start != null;
	}
}
