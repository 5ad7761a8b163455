package com.warrantyportal.claim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingTimeTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final WorkingTime time = new WorkingTime(LONDON);

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(LONDON).toInstant();
	}

	@Test
	void workingDaysSkipTheWeekend() {
		// Thursday 26 Nov 2026, 15:00 + 2 working days = Monday 30 Nov 15:00.
		assertThat(time.plusWorkingDays(at("2026-11-26T15:00"), 2)).isEqualTo(at("2026-11-30T15:00"));
		// Friday afternoon + 2 = Tuesday afternoon.
		assertThat(time.plusWorkingDays(at("2026-11-27T16:30"), 2)).isEqualTo(at("2026-12-01T16:30"));
		// Filed on Saturday: counting starts on Monday 00:00.
		assertThat(time.plusWorkingDays(at("2026-11-28T10:00"), 1)).isEqualTo(at("2026-12-01T00:00"));
		// 10 working days are two weeks.
		assertThat(time.plusWorkingDays(at("2026-11-26T09:00"), 10)).isEqualTo(at("2026-12-10T09:00"));
	}

	@Test
	void aPauseCountsOnlyItsWorkingTime() {
		// Friday 12:00 to Monday 12:00: twelve hours of Friday and twelve of Monday.
		assertThat(time.between(at("2026-11-27T12:00"), at("2026-11-30T12:00"))).isEqualTo(Duration.ofHours(24));
		assertThat(time.between(at("2026-11-28T12:00"), at("2026-11-29T12:00"))).isZero();
		assertThat(time.between(at("2026-11-30T12:00"), at("2026-11-27T12:00"))).isZero();
	}

	@Test
	void addingWorkingTimeJumpsTheWeekend() {
		assertThat(time.plus(at("2026-11-27T20:00"), Duration.ofHours(6))).isEqualTo(at("2026-11-30T02:00"));
		assertThat(time.plus(at("2026-11-26T08:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-26T11:00"));
		assertThat(time.plus(at("2026-11-28T08:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-30T01:00"));
	}
}
