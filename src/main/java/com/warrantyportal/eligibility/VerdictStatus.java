package com.warrantyportal.eligibility;

public enum VerdictStatus {
	ELIGIBLE, NOT_ELIGIBLE, NEEDS_REVIEW
}
