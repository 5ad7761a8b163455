package com.warrantyportal.unit;

/**
 * A fact of a unit that its claims' verdicts rest on changed: its serial status (reported stolen, found again, settled
 * by staff) or its extended plans. Published in the transaction that changed it.
 */
public record UnitFactsChanged(long unitId, String change) {
}
