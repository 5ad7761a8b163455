package com.warrantyportal.eligibility;

/** Why the unit failed. Only {@link #DEFECT} is the normal case; every other cause is excluded by rule 7. */
public enum Cause {
	DEFECT, ACCIDENTAL_DAMAGE, MISUSE, UNAUTHORIZED_REPAIR, COMMERCIAL_USE;

	public boolean isExcluded() {
		return this != DEFECT;
	}
}
