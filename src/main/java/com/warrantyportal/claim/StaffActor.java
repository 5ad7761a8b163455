package com.warrantyportal.claim;

/**
 * A member of staff acting on a claim. Supervisors may override verdicts and approve above the threshold. The claim's
 * timeline shows the {@code label} (their name); the audit trail names them by {@code email}, which is unique.
 */
public record StaffActor(long accountId, String email, String label, boolean supervisor) {

	ClaimService.Actor asActor() {
		return new ClaimService.Actor(accountId, label);
	}
}
