package com.warrantyportal.claim;

/** Why staff rejected a claim; the owner's e-mail and page name it in words. */
public enum RejectionReason {
	OUT_OF_WARRANTY, EXCLUDED_CAUSE, FILED_LATE, NO_PROOF_OF_PURCHASE, NOT_TRANSFERABLE, NO_FAULT_FOUND,
	SERIAL_PROBLEM, OTHER
}
