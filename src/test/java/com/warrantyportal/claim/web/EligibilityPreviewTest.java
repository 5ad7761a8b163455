package com.warrantyportal.claim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.warrantyportal.claim.ClaimPreview;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.ClaimFacts;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.EligibilityEngine;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.eligibility.SerialState;

import org.junit.jupiter.api.Test;

class EligibilityPreviewTest {

	private final EligibilityEngine engine = new EligibilityEngine();

	private EligibilityPreview preview(int parts, int labour, Cause cause, LocalDate failure) {
		WarrantyTerms terms = new WarrantyTerms(List.of(new CoverageLine("*", parts, labour)), true, 30, 90, 0, 30);
		return EligibilityPreview.of(engine.evaluate(new ClaimFacts(terms, 0, LocalDate.of(2025, 3, 10), true,
				LocalDate.of(2025, 1, 5), LocalDate.of(2025, 3, 12), true, SerialState.OK, Set.of(), "motor", cause,
				failure, failure.plusDays(1))));
	}

	@Test
	void saysUntilWhenItLooksCovered() {
		assertThat(preview(12, 12, Cause.DEFECT, LocalDate.of(2025, 9, 1)).headline())
			.isEqualTo("This looks covered for parts and labour until 9 Mar 2026.");
	}

	@Test
	void warnsThatLabourMayBeChargedWhenOnlyPartsAreCovered() {
		EligibilityPreview preview = preview(24, 12, Cause.DEFECT, LocalDate.of(2026, 5, 1));
		assertThat(preview.tone()).isEqualTo("warn");
		assertThat(preview.headline()).contains("parts until 9 Mar 2027").contains("Labour cover ended on 9 Mar 2026");
	}

	@Test
	void explainsWhyItLooksOutsideTheWarranty() {
		EligibilityPreview preview = preview(12, 12, Cause.ACCIDENTAL_DAMAGE, LocalDate.of(2025, 9, 1));
		assertThat(preview.tone()).isEqualTo("bad");
		assertThat(preview.details()).containsExactly("The cause (accidental damage) is excluded from the warranty.");
	}

	@Test
	void whileTheReceiptWaitsItSaysWhatStaffWillSeeAndWhatCheckingItChanges() {
		WarrantyTerms terms = new WarrantyTerms(List.of(new CoverageLine("*", 12, 12)), true, 30, 90, 0, 30);
		LocalDate failure = LocalDate.of(2025, 9, 1);
		// No manufacture date and the receipt not checked: the cover cannot be dated yet.
		var undated = engine.evaluate(new ClaimFacts(terms, 0, LocalDate.of(2025, 3, 10), false, null,
				LocalDate.of(2025, 3, 12), true, SerialState.OK, Set.of(), "motor", Cause.DEFECT, failure,
				failure.plusDays(1)));
		var checked = engine.evaluate(new ClaimFacts(terms, 0, LocalDate.of(2025, 3, 10), true, null,
				LocalDate.of(2025, 3, 12), true, SerialState.OK, Set.of(), "motor", Cause.DEFECT, failure,
				failure.plusDays(1)));

		EligibilityPreview preview = EligibilityPreview.of(new ClaimPreview(undated, checked));

		assertThat(preview.tone()).isEqualTo("warn");
		assertThat(preview.headline()).isEqualTo("Our staff will need to look at this claim closely, because:");
		assertThat(preview.onceReceiptChecked().headline())
			.isEqualTo("Once we have checked your receipt: this looks covered for parts and labour until 9 Mar 2026.");
		assertThat(preview.onceReceiptChecked().tone()).isEqualTo("ok");
		assertThat(EligibilityPreview.of(new ClaimPreview(checked, checked)).onceReceiptChecked()).isNull();
	}
}
