package com.warrantyportal.infrastructure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stored times are UTC wall-clock times (hibernate.jdbc.time_zone=UTC), whatever the JVM's zone: statements written
 * with JDBC pass and read them as such.
 */
public final class StoredTimes {

	private StoredTimes() {
	}

	/** The instant as the database keeps it. */
	public static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A stored time as an instant; null for none. */
	public static Instant instant(LocalDateTime utc) {
		return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
	}
}
