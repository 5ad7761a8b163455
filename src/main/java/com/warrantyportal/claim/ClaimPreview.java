package com.warrantyportal.claim;

import java.util.Objects;

import com.warrantyportal.eligibility.EligibilityVerdict;

/**
 * What the owner sees before filing: the verdict for the facts as they are now — the one staff will see when the
 * claim arrives — and, while the owner's receipt waits to be checked, the verdict once it is (null when that
 * changes nothing, or there is no receipt waiting).
 */
public record ClaimPreview(EligibilityVerdict asNow, EligibilityVerdict onceReceiptChecked) {

	public ClaimPreview {
		Objects.requireNonNull(asNow);
		if (onceReceiptChecked != null && sameOutcome(asNow, onceReceiptChecked)) {
			onceReceiptChecked = null;
		}
	}

	private static boolean sameOutcome(EligibilityVerdict one, EligibilityVerdict other) {
		return one.status() == other.status() && one.coverage() == other.coverage()
				&& Objects.equals(one.partsEnd(), other.partsEnd())
				&& Objects.equals(one.labourEnd(), other.labourEnd());
	}
}
