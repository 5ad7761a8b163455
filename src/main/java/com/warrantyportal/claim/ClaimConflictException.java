package com.warrantyportal.claim;

/** Someone else changed the claim since the page was loaded; nothing was saved. */
public class ClaimConflictException extends RuntimeException {

	public ClaimConflictException(String number) {
		super("Claim " + number + " was changed by someone else");
	}
}
