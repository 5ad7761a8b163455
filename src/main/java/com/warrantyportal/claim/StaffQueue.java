package com.warrantyportal.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.eligibility.VerdictStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff claim queue: filtered, oldest first by default, 50 rows a page with keyset pagination on
 * (created_at, id), so page 200 costs what page 1 costs (no OFFSET scan).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class StaffQueue {

	public static final int PAGE_SIZE = 50;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	StaffQueue(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What the queue shows. {@code status} null means every open claim; {@code olderThanDays} keeps claims at least
	 * that old.
	 */
	public record Filter(ClaimStatus status, boolean allStatuses, VerdictStatus verdict, Long manufacturerId,
			Long modelId, Integer olderThanDays, boolean mine, boolean unassigned, boolean newestFirst) {
	}

	public record Row(long id, String number, String ownerName, String modelNumber, String serial,
			LocalDateTime createdAt, long ageDays, ClaimStatus status, VerdictStatus verdict, boolean overridden,
			String assignee) {
	}

	/** A page of rows and the cursor of the next page, if there is one. */
	public record Page(List<Row> rows, Optional<String> next) {
	}

	public Page page(Filter filter, long viewerId, String cursor) {
		StringBuilder sql = new StringBuilder("""
				SELECT c.id, c.claim_number, c.created_at, c.status, c.verdict_status, c.override_status,
				       o.display_name AS owner_name, m.model_number, u.serial_display, s.display_name AS assignee
				FROM claim c
				JOIN account o ON o.id = c.owner_id
				JOIN unit u ON u.id = c.unit_id
				JOIN product_model m ON m.id = u.model_id
				LEFT JOIN account s ON s.id = c.assignee_id
				WHERE 1 = 1""");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (filter.status() != null) {
			sql.append(" AND c.status = :status");
			params.addValue("status", filter.status().name());
		}
		else if (!filter.allStatuses()) {
			sql.append(" AND c.status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED')");
		}
		if (filter.verdict() != null) {
			sql.append(" AND COALESCE(c.override_status, c.verdict_status) = :verdict");
			params.addValue("verdict", filter.verdict().name());
		}
		if (filter.manufacturerId() != null) {
			sql.append(" AND u.manufacturer_id = :manufacturer");
			params.addValue("manufacturer", filter.manufacturerId());
		}
		if (filter.modelId() != null) {
			sql.append(" AND u.model_id = :model");
			params.addValue("model", filter.modelId());
		}
		if (filter.olderThanDays() != null) {
			sql.append(" AND c.created_at <= :olderThan");
			params.addValue("olderThan", now().minusDays(filter.olderThanDays()));
		}
		if (filter.mine()) {
			sql.append(" AND c.assignee_id = :viewer");
			params.addValue("viewer", viewerId);
		}
		else if (filter.unassigned()) {
			sql.append(" AND c.assignee_id IS NULL");
		}
		String after = filter.newestFirst() ? "<" : ">";
		Cursor.parse(cursor).ifPresent(position -> {
			sql.append(" AND (c.created_at ").append(after).append(" :cursorAt OR (c.created_at = :cursorAt AND c.id ")
				.append(after).append(" :cursorId))");
			params.addValue("cursorAt", position.createdAt());
			params.addValue("cursorId", position.id());
		});
		String direction = filter.newestFirst() ? "DESC" : "ASC";
		sql.append(" ORDER BY c.created_at ").append(direction).append(", c.id ").append(direction);
		sql.append(" LIMIT ").append(PAGE_SIZE + 1);
		List<Row> rows = new ArrayList<>(jdbc.query(sql.toString(), params, (rs, n) -> row(rs)));
		Optional<String> next = Optional.empty();
		if (rows.size() > PAGE_SIZE) {
			rows.remove(PAGE_SIZE);
			Row last = rows.get(PAGE_SIZE - 1);
			next = Optional.of(new Cursor(last.createdAt(), last.id()).toString());
		}
		return new Page(rows, next);
	}

	private Row row(ResultSet rs) throws SQLException {
		LocalDateTime created = rs.getObject("created_at", LocalDateTime.class);
		String verdict = rs.getString("verdict_status");
		String override = rs.getString("override_status");
		return new Row(rs.getLong("id"), rs.getString("claim_number"), rs.getString("owner_name"),
				rs.getString("model_number"), rs.getString("serial_display"), created,
				ChronoUnit.DAYS.between(created, now()), ClaimStatus.valueOf(rs.getString("status")),
				override != null ? VerdictStatus.valueOf(override) : verdict == null ? null : VerdictStatus.valueOf(verdict),
				override != null, rs.getString("assignee"));
	}

	/** Stored times are UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** The position after the last row of a page: {@code 2026-11-25T10:15:30.123456~42}. */
	record Cursor(LocalDateTime createdAt, long id) {

		static Optional<Cursor> parse(String text) {
			if (text == null || text.isBlank()) {
				return Optional.empty();
			}
			int tilde = text.lastIndexOf('~');
			try {
				return Optional.of(new Cursor(LocalDateTime.parse(text.substring(0, tilde)),
						Long.parseLong(text.substring(tilde + 1))));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}

		@Override
		public String toString() {
			return createdAt + "~" + id;
		}
	}
}
