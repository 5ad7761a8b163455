package com.warrantyportal.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of a table that are past their keeping time, a batch per statement (each its own short
 * transaction), so that a first clean-up of a year's rows never holds locks on the table for long nor fills the
 * undo log. The time column should lead an index, or each batch reads the table.
 */
@Component
public class OldRows {

	/** Rows deleted by one statement. */
	public static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	OldRows(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Deletes the rows of {@code table} whose {@code timeColumn} is longer ago than {@code keptFor} and that meet
	 * {@code alsoWhere} (an SQL condition written by the caller, never user input; "" for none).
	 *
	 * @return how many were deleted
	 */
	public int deleteOlderThan(String table, String timeColumn, String alsoWhere, Duration keptFor) {
		LocalDateTime cutoff = StoredTimes.utc(clock.instant().minus(keptFor));
		String sql = "DELETE FROM " + table + " WHERE " + timeColumn + " < ?"
				+ (alsoWhere.isBlank() ? "" : " AND " + alsoWhere) + " LIMIT " + BATCH;
		int deleted = 0;
		int batch;
		do {
			batch = jdbc.update(sql, cutoff);
			deleted += batch;
		}
		while (batch == BATCH);
		return deleted;
	}
}
