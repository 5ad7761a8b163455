package com.warrantyportal.registration;

/** A transfer was accepted or declined, by the current owner or by staff. */
public record TransferDecided(long transferId, long unitId, long requesterId, boolean accepted) {
}
