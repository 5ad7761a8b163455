package com.warrantyportal.registration;

/**
 * The purchase a unit's coverage counts from changed: corrected by its owner, or its receipt verified by staff.
 * Published in the transaction that changed it.
 */
public record PurchaseFactsChanged(long unitId, long registrationId, String change) {
}
