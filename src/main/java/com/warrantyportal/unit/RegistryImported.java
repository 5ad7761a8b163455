package com.warrantyportal.unit;

/**
 * A manufacturer's serial registry import completed and the serial statuses of its units were recomputed; published
 * inside that transaction, so the verdicts of open claims on those units can be refreshed with it.
 */
public record RegistryImported(long manufacturerId, long importId) {
}
