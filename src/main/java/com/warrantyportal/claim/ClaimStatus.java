package com.warrantyportal.claim;

import java.util.EnumSet;
import java.util.Set;

/** SUBMITTED → IN_REVIEW → (INFO_REQUESTED ⇄ IN_REVIEW) → APPROVED | REJECTED → CLOSED, or WITHDRAWN before a decision. */
public enum ClaimStatus {
	SUBMITTED, IN_REVIEW, INFO_REQUESTED, APPROVED, REJECTED, CLOSED, WITHDRAWN;

	private static final Set<ClaimStatus> OPEN = EnumSet.of(SUBMITTED, IN_REVIEW, INFO_REQUESTED);

	/** Still waiting for a decision: the owner may withdraw it and its verdict is recomputed live. */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public boolean canMoveTo(ClaimStatus next) {
		return switch (this) {
			case SUBMITTED -> next == IN_REVIEW || next == WITHDRAWN;
			case IN_REVIEW -> next == INFO_REQUESTED || next == APPROVED || next == REJECTED || next == WITHDRAWN;
			case INFO_REQUESTED -> next == IN_REVIEW || next == WITHDRAWN;
			case APPROVED, REJECTED -> next == CLOSED;
			case CLOSED, WITHDRAWN -> false;
		};
	}

	public static Set<ClaimStatus> open() {
		return EnumSet.copyOf(OPEN);
	}
}
