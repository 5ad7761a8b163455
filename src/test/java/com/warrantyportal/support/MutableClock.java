package com.warrantyportal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test sets to the day it needs (at noon in the business time zone), for jobs that ask what day it is. */
public class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant now;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
		this.now = Instant.now();
	}

	public void setDay(LocalDate day) {
		this.now = day.atTime(12, 0).atZone(zone).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
