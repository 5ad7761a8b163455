package com.warrantyportal.unit;

import java.time.Instant;
import java.time.LocalDate;

/** One report of a unit stolen or lost, and its end when the unit was found again (null while it is missing). */
public record TheftReport(long id, long unitId, String reportedBy, Instant reportedAt, LocalDate missingSince,
		String policeReference, String recoveredBy, Instant recoveredAt) {

	public boolean open() {
		return recoveredAt == null;
	}
}
