package com.warrantyportal.claim;

import com.warrantyportal.eligibility.Cause;

/** What happened, in the owner's words, and the cause it means for the warranty (docs/domain.md rule 7). */
public enum OwnerCause {

	STOPPED_BY_ITSELF(Cause.DEFECT), DROPPED_OR_DAMAGED(Cause.ACCIDENTAL_DAMAGE), USED_IN_A_BUSINESS(
			Cause.COMMERCIAL_USE), REPAIRED_BY_SOMEONE_ELSE(Cause.UNAUTHORIZED_REPAIR), NOT_USED_AS_INSTRUCTED(
					Cause.MISUSE);

	private final Cause cause;

	OwnerCause(Cause cause) {
		this.cause = cause;
	}

	public Cause cause() {
		return cause;
	}

	public static OwnerCause of(Cause cause) {
		for (OwnerCause c : values()) {
			if (c.cause == cause) {
				return c;
			}
		}
		throw new IllegalArgumentException(cause.name());
	}
}
