package com.warrantyportal.infrastructure.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as pages show them ({@code 9 Mar 2026, 14:05}), in the portal's business time zone. */
@TemplateHelper("when")
public class DisplayDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final Clock clock;

	public DisplayDates(Clock clock) {
		this.clock = clock;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	/** The date, or the words for a date not known yet ("Not known yet"): one call where a list row needs both. */
	public String dateOr(LocalDate date, String unknown) {
		return date == null ? unknown : DAY.format(date);
	}

	/** A time as the database stores it (UTC wall-clock time), shown in the business time zone. */
	public String storedDateTime(java.time.LocalDateTime utc) {
		return utc == null ? "" : dateTime(utc.toInstant(java.time.ZoneOffset.UTC));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DAY_TIME.format(instant.atZone(clock.getZone()));
	}
}
