package com.warrantyportal.eligibility;

/** One numbered rule of DOMAIN.md. */
interface EligibilityRule {

	void apply(Evaluation evaluation);
}
