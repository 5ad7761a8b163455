package com.warrantyportal.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the words staff read: {@code 9 Mar 2026}. */
public final class DateWords {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private DateWords() {
	}

	public static String of(LocalDate date) {
		return date == null ? "unknown" : FORMAT.format(date);
	}
}
