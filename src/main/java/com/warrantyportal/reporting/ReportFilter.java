package com.warrantyportal.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What a report covers: the days from {@code from} to {@code to} (both included, in UTC as the claims' times are
 * kept), optionally one manufacturer and a model number (every model of that number, of the manufacturer when one
 * is chosen), and the fewest registered units a model needs to be ranked by failure rate.
 */
public record ReportFilter(LocalDate from, LocalDate to, Long manufacturerId, String modelNumber, int minUnits) {

	/** The default period: the twelve weeks up to today, this week included, from a Monday. */
	public static final int DEFAULT_WEEKS = 12;

	/** Models with fewer registered units than this are not ranked unless the filter says otherwise. */
	public static final int DEFAULT_MIN_UNITS = 100;

	/** The longest period a report covers, so that its index ranges stay bounded. */
	public static final int MAX_DAYS = 731;

	public static LocalDate defaultFrom(LocalDate today) {
		return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(DEFAULT_WEEKS - 1);
	}

	public boolean hasModelNumber() {
		return modelNumber != null && !modelNumber.isBlank();
	}
}
