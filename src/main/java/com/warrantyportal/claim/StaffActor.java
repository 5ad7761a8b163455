package com.warrantyportal.claim;

/** A member of staff acting on a claim. Supervisors may override verdicts and approve above the threshold. */
public record StaffActor(long accountId, String label, boolean supervisor) {

	ClaimService.Actor asActor() {
		return new ClaimService.Actor(accountId, label);
	}
}
