package com.warrantyportal.claim;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working time in the business time zone: Monday to Friday, whole days. Staff have "2 working days" for a first
 * response: a claim filed on Friday afternoon is due on Tuesday afternoon. Public holidays are not known.
 */
public final class WorkingTime {

	private final ZoneId zone;

	public WorkingTime(ZoneId zone) {
		this.zone = zone;
	}

	/** The moment {@code days} working days after {@code from}; from a weekend, counting starts on Monday 00:00. */
	public Instant plusWorkingDays(Instant from, int days) {
		ZonedDateTime at = onAWorkingDay(from.atZone(zone));
		for (int i = 0; i < days; i++) {
			at = at.plusDays(1);
			while (isWeekend(at)) {
				at = at.plusDays(1);
			}
		}
		return at.toInstant();
	}

	/** How much working time lies between two moments (weekend time does not count). */
	public Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration total = Duration.ZERO;
		ZonedDateTime at = from.atZone(zone);
		ZonedDateTime end = to.atZone(zone);
		while (at.isBefore(end)) {
			ZonedDateTime nextMidnight = at.toLocalDate().plusDays(1).atStartOfDay(zone);
			ZonedDateTime stop = nextMidnight.isBefore(end) ? nextMidnight : end;
			if (!isWeekend(at)) {
				total = total.plus(Duration.between(at, stop));
			}
			at = stop;
		}
		return total;
	}

	/** The moment {@code amount} of working time after {@code from}. */
	public Instant plus(Instant from, Duration amount) {
		ZonedDateTime at = onAWorkingDay(from.atZone(zone));
		Duration left = amount;
		while (!left.isZero() && !left.isNegative()) {
			ZonedDateTime nextMidnight = at.toLocalDate().plusDays(1).atStartOfDay(zone);
			Duration today = Duration.between(at, nextMidnight);
			if (left.compareTo(today) <= 0) {
				return at.plus(left).toInstant();
			}
			left = left.minus(today);
			at = onAWorkingDay(nextMidnight);
		}
		return at.toInstant();
	}

	private static ZonedDateTime onAWorkingDay(ZonedDateTime at) {
		ZonedDateTime day = at;
		while (isWeekend(day)) {
			day = day.toLocalDate().plusDays(1).atStartOfDay(day.getZone());
		}
		return day;
	}

	private static boolean isWeekend(ZonedDateTime at) {
		DayOfWeek day = at.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
