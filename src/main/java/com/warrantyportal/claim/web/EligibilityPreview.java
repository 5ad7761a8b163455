package com.warrantyportal.claim.web;

import java.util.List;

import com.warrantyportal.claim.ClaimPreview;
import com.warrantyportal.eligibility.Coverage;
import com.warrantyportal.eligibility.DateWords;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.eligibility.Reason;
import com.warrantyportal.eligibility.ReasonCode;
import com.warrantyportal.eligibility.VerdictStatus;

/**
 * The owner's non-binding preview of a verdict, in their words: a headline, the reasons and a tone for styling, and
 * (while their receipt waits to be checked) what the verdict becomes once it is.
 */
public record EligibilityPreview(String tone, String headline, List<String> details,
		EligibilityPreview onceReceiptChecked) {

	static EligibilityPreview of(ClaimPreview preview) {
		EligibilityPreview asNow = of(preview.asNow());
		if (preview.onceReceiptChecked() == null) {
			return asNow;
		}
		EligibilityPreview then = of(preview.onceReceiptChecked());
		return new EligibilityPreview(asNow.tone(), asNow.headline(), asNow.details(),
				new EligibilityPreview(then.tone(), "Once we have checked your receipt: "
						+ Character.toLowerCase(then.headline().charAt(0)) + then.headline().substring(1),
						then.details(), null));
	}

	static EligibilityPreview of(EligibilityVerdict verdict) {
		List<String> details = verdict.reasons()
			.stream()
			.filter(reason -> reason.code() != ReasonCode.START_FROM_MANUFACTURE || !verdict.period().hasStart())
			.map(Reason::explanation)
			.toList();
		if (verdict.status() == VerdictStatus.ELIGIBLE) {
			if (verdict.coverage() == Coverage.RECALL) {
				return new EligibilityPreview("ok", "This looks covered by the manufacturer's recall of this model.",
						details, null);
			}
			if (verdict.coverage() == Coverage.PARTS_ONLY) {
				return new EligibilityPreview("warn", "This looks covered for parts until "
						+ DateWords.of(verdict.partsEnd()) + ". Labour cover ended on "
						+ DateWords.of(verdict.labourEnd()) + ", so the repair work itself may be charged.", details,
						null);
			}
			String until = verdict.partsEnd().equals(verdict.labourEnd())
					? "parts and labour until " + DateWords.of(verdict.partsEnd())
					: "parts until " + DateWords.of(verdict.partsEnd()) + " and labour until "
							+ DateWords.of(verdict.labourEnd());
			return new EligibilityPreview("ok", "This looks covered for " + until + ".", details, null);
		}
		if (verdict.status() == VerdictStatus.NOT_ELIGIBLE) {
			return new EligibilityPreview("bad", "This looks outside the warranty, because:", details, null);
		}
		return new EligibilityPreview("warn", "Our staff will need to look at this claim closely, because:", details,
				null);
	}
}
