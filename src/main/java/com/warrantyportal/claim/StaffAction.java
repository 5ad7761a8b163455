package com.warrantyportal.claim;

/**
 * What a member of staff may do with a claim. Which of them a claim offers is decided by the claim itself
 * ({@link Claim#allowedActions(StaffActor)}), from its status, its assignee and the actor's role.
 */
public enum StaffAction {
	ASSIGN, UNASSIGN, VERIFY_PROOF, REQUEST_INFO, APPROVE, REJECT, OVERRIDE, CLOSE, SETTLE_SERIAL, ADD_PLAN
}
