package com.warrantyportal.eligibility;

/** One numbered rule of docs/domain.md. */
interface EligibilityRule {

	void apply(Evaluation evaluation);
}
