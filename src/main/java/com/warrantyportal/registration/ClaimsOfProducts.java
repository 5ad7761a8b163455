package com.warrantyportal.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the product pages show about claims, provided by the claim module (which depends on this one, so this module
 * asks through an interface instead of depending back).
 */
public interface ClaimsOfProducts {

	/** A claim as a line of a product page. */
	record ClaimLine(String number, String statusLabel, boolean open, LocalDate filedOn, String component) {
	}

	/** Ids of the owner's registrations that have a claim waiting for a decision. */
	Set<Long> registrationsWithOpenClaims(long ownerId);

	List<ClaimLine> claimsOf(long registrationId, long ownerId);
}
