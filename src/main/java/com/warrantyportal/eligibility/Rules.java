package com.warrantyportal.eligibility;

import static com.warrantyportal.eligibility.DateWords.of;

import java.time.temporal.ChronoUnit;

/** The rules of docs/domain.md, one class each, numbered as there. */
final class Rules {

	private Rules() {
	}

	/** Rule 1: a unit reported stolen needs a person to look at it. */
	static final class StolenSerial implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			if (e.facts.serialStatus() == SerialState.STOLEN) {
				e.reason(ReasonCode.SERIAL_REPORTED_STOLEN, "This serial number has been reported stolen or lost.");
				e.verdict(VerdictStatus.NEEDS_REVIEW);
			}
		}
	}

	/** Rule 2: the manufacturer's registry does not confirm the serial. */
	static final class RegistryDisagrees implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			if (e.facts.serialStatus() == SerialState.UNKNOWN) {
				e.reason(ReasonCode.SERIAL_NOT_IN_REGISTRY,
						"The manufacturer's serial registry does not list this serial number.");
				e.verdict(VerdictStatus.NEEDS_REVIEW);
			}
			else if (e.facts.serialStatus() == SerialState.MODEL_MISMATCH) {
				e.reason(ReasonCode.SERIAL_MODEL_MISMATCH,
						"The manufacturer's serial registry lists this serial number under another model.");
				e.verdict(VerdictStatus.NEEDS_REVIEW);
			}
		}
	}

	/** Rule 3: an open recall covering the unit and the component is remedied whatever the warranty says. */
	static final class OpenRecall implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			boolean covered = e.facts.openRecallComponents()
				.stream()
				.anyMatch(c -> CoverageLine.ANY_COMPONENT.equals(c) || c.equalsIgnoreCase(e.facts.component()));
			if (covered) {
				e.reason(ReasonCode.RECALL_REMEDY, "An open recall campaign covers this unit and the "
						+ e.facts.component() + ": the manufacturer's remedy applies.");
				e.recallApplies();
				e.verdict(VerdictStatus.ELIGIBLE);
			}
		}
	}

	/** Rule 4: dates that cannot all be true. */
	static final class InvalidDates implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			ClaimFacts f = e.facts;
			CoveragePeriod p = e.period;
			String problem = null;
			if (!p.hasStart()) {
				problem = "Coverage has no start: there is no verified proof of purchase and no known manufacture date.";
			}
			else if (f.purchaseDate() != null && f.manufactureDate() != null
					&& f.purchaseDate().isBefore(f.manufactureDate())) {
				problem = "Purchase date " + of(f.purchaseDate()) + " is before the manufacture date "
						+ of(f.manufactureDate()) + ".";
			}
			else if (f.failureDate().isBefore(p.start())) {
				problem = "Failure date " + of(f.failureDate()) + " is before coverage starts on " + of(p.start())
						+ ".";
			}
			else if (f.failureDate().isAfter(f.claimDate())) {
				problem = "Failure date " + of(f.failureDate()) + " is after the claim was filed on "
						+ of(f.claimDate()) + ".";
			}
			if (problem != null) {
				e.reason(ReasonCode.INVALID_DATES, problem);
				e.datesInvalid();
				e.verdict(VerdictStatus.NEEDS_REVIEW);
			}
		}
	}

	/** Rule 5: a later owner keeps coverage only when the model's warranty is transferable. */
	static final class NotTransferable implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			if (!e.facts.originalOwner() && !e.facts.terms().transferable()) {
				e.reason(ReasonCode.NOT_TRANSFERABLE,
						"The owner is not the original purchaser and this model's warranty is not transferable.");
				e.verdict(VerdictStatus.NOT_ELIGIBLE);
			}
		}
	}

	/** Rule 6: claims must be filed within the filing window after the failure. */
	static final class FiledLate implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			long days = ChronoUnit.DAYS.between(e.facts.failureDate(), e.facts.claimDate());
			if (days > e.facts.terms().filingWindowDays()) {
				e.reason(ReasonCode.FILED_LATE, "Filed on " + of(e.facts.claimDate()) + ", " + days
						+ " days after the failure on " + of(e.facts.failureDate()) + "; the filing window is "
						+ e.facts.terms().filingWindowDays() + " days.");
				e.verdict(VerdictStatus.NOT_ELIGIBLE);
			}
		}
	}

	/** Rule 7: damage, misuse, repairs by others and business use are not covered. */
	static final class ExcludedCause implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			if (e.facts.cause().isExcluded()) {
				e.reason(ReasonCode.EXCLUDED_CAUSE,
						"The cause (" + e.facts.cause().name().toLowerCase().replace('_', ' ')
								+ ") is excluded from the warranty.");
				e.verdict(VerdictStatus.NOT_ELIGIBLE);
			}
		}
	}

	/** Rule 8: is the failure inside the applicable line's parts and labour periods? */
	static final class WithinWarranty implements EligibilityRule {

		@Override
		public void apply(Evaluation e) {
			if (e.areDatesInvalid()) {
				return;
			}
			CoveragePeriod p = e.period;
			var failure = e.facts.failureDate();
			if (!failure.isAfter(p.partsEnd()) && !failure.isAfter(p.labourEnd())) {
				e.warrantyCoverage(Coverage.FULL);
				e.verdict(VerdictStatus.ELIGIBLE);
			}
			else if (!failure.isAfter(p.partsEnd())) {
				e.reason(ReasonCode.LABOUR_EXPIRED, "Labour cover ended on " + of(p.labourEnd())
						+ "; parts stay covered until " + of(p.partsEnd()) + ".");
				e.warrantyCoverage(Coverage.PARTS_ONLY);
				e.verdict(VerdictStatus.ELIGIBLE);
			}
			else {
				e.reason(ReasonCode.WARRANTY_EXPIRED, "Parts cover ended on " + of(p.partsEnd())
						+ " and labour cover on " + of(p.labourEnd()) + ", before the failure on " + of(failure) + ".");
				e.warrantyCoverage(Coverage.NONE);
				e.verdict(VerdictStatus.NOT_ELIGIBLE);
			}
		}
	}
}
