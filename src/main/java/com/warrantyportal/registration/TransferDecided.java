package com.warrantyportal.registration;

/**
 * A transfer was accepted or declined, by the current owner or by staff; {@code previousOwnerId} is the owner whose
 * registration ends when it is accepted.
 */
public record TransferDecided(long transferId, long unitId, long requesterId, long previousOwnerId, boolean accepted) {
}
