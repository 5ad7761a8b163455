package com.warrantyportal.claim;

/**
 * Published whenever a claim is submitted or changes status, inside the transaction that changed it, so listeners
 * (the e-mail outbox) commit or roll back together with the change.
 */
public record ClaimStatusChanged(Long claimId, String claimNumber, long ownerId, ClaimStatus from, ClaimStatus to,
		String note) {
}
