package com.warrantyportal.eligibility;

import static com.warrantyportal.eligibility.DateWords.of;

import java.util.List;

/**
 * Judges a claim by docs/domain.md's rules, in the documented order. Stateless and thread-safe: one instance serves all.
 */
public final class EligibilityEngine {

	private static final List<EligibilityRule> RULES = List.of(new Rules.StolenSerial(), new Rules.RegistryDisagrees(),
			new Rules.OpenRecall(), new Rules.InvalidDates(), new Rules.NotTransferable(), new Rules.FiledLate(),
			new Rules.ExcludedCause(), new Rules.WithinWarranty());

	public EligibilityVerdict evaluate(ClaimFacts facts) {
		CoveragePeriod period = CoveragePeriod.of(facts);
		Evaluation evaluation = new Evaluation(facts, period);
		if (period.startFromManufacture()) {
			evaluation.reason(ReasonCode.START_FROM_MANUFACTURE,
					"No verified proof of purchase: coverage starts " + facts.terms().noProofGraceDays()
							+ " days after manufacture (" + of(facts.manufactureDate()) + "), on " + of(period.start())
							+ ".");
		}
		for (EligibilityRule rule : RULES) {
			rule.apply(evaluation);
		}
		return evaluation.result(summary(facts, period));
	}

	private static String summary(ClaimFacts facts, CoveragePeriod period) {
		if (!period.hasStart()) {
			return "Coverage cannot be dated: no verified purchase date and no manufacture date.";
		}
		String basis = period.startFromManufacture()
				? "Coverage counted from " + of(period.start()) + " (manufacture plus grace, no verified proof)"
				: "Purchased " + of(facts.purchaseDate()) + " with verified proof";
		String cover = period.partsEnd().equals(period.labourEnd())
				? "parts and labour covered until " + of(period.partsEnd())
				: "parts covered until " + of(period.partsEnd()) + ", labour until " + of(period.labourEnd());
		String line = period.line().isCatchAll() ? "" : " (" + period.line().component() + " line)";
		boolean inside = !facts.failureDate().isBefore(period.start())
				&& !facts.failureDate().isAfter(period.partsEnd());
		return basis + ": " + cover + line + ". Failure on " + of(facts.failureDate()) + " is "
				+ (inside ? "inside." : "outside.");
	}
}
