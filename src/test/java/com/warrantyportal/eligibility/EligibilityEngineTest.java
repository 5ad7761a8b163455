package com.warrantyportal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;


import org.junit.jupiter.api.Test;

/** One behaviour per rule, plus the explanations staff read. The full matrix is in EligibilityCasesTest. */
class EligibilityEngineTest {

	private static final LocalDate PURCHASED = LocalDate.of(2025, 3, 10);

	private final EligibilityEngine engine = new EligibilityEngine();

	private static ClaimFacts facts(SerialState status, Set<String> recalls, boolean original, Cause cause,
			LocalDate failure, LocalDate filed) {
		WarrantyTerms terms = new WarrantyTerms(List.of(new CoverageLine("*", 12, 12)), false, 30, 90, 0, 30);
		return new ClaimFacts(terms, 0, PURCHASED, true, LocalDate.of(2025, 1, 5), PURCHASED.plusDays(2), original,
				status, recalls, "motor", cause, failure, filed);
	}

	private static ClaimFacts ordinary(LocalDate failure, LocalDate filed) {
		return facts(SerialState.OK, Set.of(), true, Cause.DEFECT, failure, filed);
	}

	@Test
	void explainsAnEligibleClaimWithTheDatesBehindIt() {
		EligibilityVerdict verdict = engine.evaluate(ordinary(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5)));
		assertThat(verdict.status()).isEqualTo(VerdictStatus.ELIGIBLE);
		assertThat(verdict.summary()).isEqualTo("Purchased 10 Mar 2025 with verified proof: parts and labour covered "
				+ "until 9 Mar 2026. Failure on 1 Sep 2025 is inside.");
	}

	@Test
	void aStolenSerialNeedsReviewWhateverElseApplies() {
		EligibilityVerdict verdict = engine.evaluate(
				facts(SerialState.STOLEN, Set.of(), true, Cause.DEFECT, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5)));
		assertThat(verdict.status()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
		assertThat(verdict.reasonCodes()).containsExactly(ReasonCode.SERIAL_REPORTED_STOLEN);
	}

	@Test
	void anOpenRecallForTheComponentMakesItEligibleEvenAfterExpiry() {
		EligibilityVerdict verdict = engine.evaluate(facts(SerialState.OK, Set.of("motor"), true, Cause.DEFECT,
				LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2)));
		assertThat(verdict.status()).isEqualTo(VerdictStatus.ELIGIBLE);
		assertThat(verdict.coverage()).isEqualTo(Coverage.RECALL);
		assertThat(verdict.reasonCodes()).contains(ReasonCode.RECALL_REMEDY, ReasonCode.WARRANTY_EXPIRED);
	}

	@Test
	void aLaterOwnerOfANonTransferableModelIsNotEligible() {
		EligibilityVerdict verdict = engine.evaluate(facts(SerialState.OK, Set.of(), false, Cause.DEFECT,
				LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5)));
		assertThat(verdict.status()).isEqualTo(VerdictStatus.NOT_ELIGIBLE);
		assertThat(verdict.reasonCodes()).containsExactly(ReasonCode.NOT_TRANSFERABLE);
	}

	@Test
	void aLateClaimSaysHowLateInWords() {
		EligibilityVerdict verdict = engine.evaluate(ordinary(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)));
		assertThat(verdict.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.explanation())
				.isEqualTo("Filed on 1 Aug 2025, 61 days after the failure on 1 Jun 2025; the filing window is 30 days."));
	}

	@Test
	void excludedCausesAreNotEligible() {
		for (Cause cause : new Cause[] { Cause.ACCIDENTAL_DAMAGE, Cause.MISUSE, Cause.UNAUTHORIZED_REPAIR,
				Cause.COMMERCIAL_USE }) {
			EligibilityVerdict verdict = engine.evaluate(facts(SerialState.OK, Set.of(), true, cause,
					LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5)));
			assertThat(verdict.status()).as(cause.name()).isEqualTo(VerdictStatus.NOT_ELIGIBLE);
			assertThat(verdict.reasonCodes()).as(cause.name()).containsExactly(ReasonCode.EXCLUDED_CAUSE);
		}
	}

	@Test
	void invalidDatesSkipTheWarrantyRule() {
		EligibilityVerdict verdict = engine.evaluate(ordinary(LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 5)));
		assertThat(verdict.status()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
		assertThat(verdict.coverage()).isEqualTo(Coverage.NONE);
		assertThat(verdict.reasonCodes()).containsExactly(ReasonCode.INVALID_DATES);
	}
}
