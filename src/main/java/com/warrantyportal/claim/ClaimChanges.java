package com.warrantyportal.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manufacturer's claims in the order they changed, for keeping its own system in step (the integration API): keyset
 * pages on (updated_at, id) of the (manufacturer_id, updated_at, id) index, so a sync that asks again later with the
 * last cursor gets only what changed since. Owners' names and addresses are never part of it.
 */
@Service
@Transactional(readOnly = true)
public class ClaimChanges {

	private final NamedParameterJdbcTemplate jdbc;

	ClaimChanges(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One claim as a manufacturer reads it. Times are UTC. */
	public record ClaimChange(String number, String status, String modelNumber, String serial, LocalDate filedOn,
			LocalDate failureDate, String component, String cause, String verdict, String resolution,
			BigDecimal approvedAmount, String approvedCurrency, String rejectionReason, LocalDateTime decidedAt,
			LocalDateTime changedAt) {
	}

	/** Where a sync stands: the last change it read (its time, UTC, and the claim's id to break ties). */
	public record Cursor(LocalDateTime at, long id) {

		/** The cursor as {@link #toString()} wrote it, or empty when it is not one. */
		public static Optional<Cursor> parse(String text) {
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
			return at + "~" + id;
		}
	}

	/** A page of changes, the cursor after its last one (null for an empty page), and whether more are ready. */
	public record Page(List<ClaimChange> claims, Cursor last, boolean more) {
	}

	/** Up to {@code limit} of the manufacturer's claims changed after the cursor (from the first when null). */
	public Page after(long manufacturerId, Cursor cursor, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource("manufacturer", manufacturerId);
		String after = "";
		if (cursor != null) {
			after = " AND (c.updated_at > :at OR (c.updated_at = :at AND c.id > :id))";
			params.addValue("at", cursor.at()).addValue("id", cursor.id());
		}
		List<Cursor> positions = new ArrayList<>();
		List<ClaimChange> claims = new ArrayList<>(jdbc.query("""
				SELECT c.id, c.claim_number, c.status, m.model_number, u.serial_display, c.filed_on, c.failure_date,
				       c.component, c.cause, COALESCE(c.override_status, c.verdict_status) AS verdict, c.resolution,
				       c.remedy_amount, c.remedy_currency, c.rejection_reason, c.decided_at, c.updated_at
				FROM claim c
				JOIN unit u ON u.id = c.unit_id
				JOIN product_model m ON m.id = u.model_id
				WHERE c.manufacturer_id = :manufacturer%s
				ORDER BY c.updated_at, c.id
				LIMIT %d""".formatted(after, limit + 1), params, (rs, n) -> {
			LocalDateTime changed = rs.getObject("updated_at", LocalDateTime.class);
			positions.add(new Cursor(changed, rs.getLong("id")));
			return new ClaimChange(rs.getString("claim_number"), rs.getString("status"), rs.getString("model_number"),
					rs.getString("serial_display"), rs.getObject("filed_on", LocalDate.class),
					rs.getObject("failure_date", LocalDate.class), rs.getString("component"), rs.getString("cause"),
					rs.getString("verdict"), rs.getString("resolution"), rs.getBigDecimal("remedy_amount"),
					rs.getString("remedy_currency"), rs.getString("rejection_reason"),
					rs.getObject("decided_at", LocalDateTime.class), changed);
		}));
		boolean more = claims.size() > limit;
		if (more) {
			claims.remove(limit);
		}
		return new Page(claims, claims.isEmpty() ? null : positions.get(claims.size() - 1), more);
	}
}
