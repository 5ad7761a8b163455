package com.warrantyportal.claim;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How the staff queue pages through one {@link QueueOrder}: the claim columns the order sorts by (then {@code id}),
 * each the trailing columns of an index after {@code status}, and the cursor that marks the last row of a page.
 * <p>
 * The queue reads one index range per status (see {@link StaffQueue}); an order may split a status into
 * <em>segments</em> read one after the other, each with a rank that sorts before the keys: the status order ranks
 * each status by its place in the workflow, the due order ranks the claims with a due time before those without one
 * (paused or decided), which an index on {@code due_at} would otherwise put first. A cursor holds the rank of its row
 * and its key values: a later segment is read from its start, an earlier one not at all.
 */
final class QueueKeyset {

	/** A column the order sorts by, after the rank and before {@code id}. */
	private record Key(String column, Class<?> type) {
	}

	private static final Key CREATED = new Key("created_at", LocalDateTime.class);

	private static final Key DUE = new Key("due_at", LocalDateTime.class);

	private static final Key MODEL = new Key("model_number_key", String.class);

	/**
	 * The indexes that read each order, one per filter: its equality column, then status, then the keys. The queue
	 * names them to the database, which picks the one of the filter: MariaDB otherwise read the age order's page from
	 * the model number index of V39 (same leading status) and sorted the whole status.
	 */
	private static final List<String> AGE_INDEXES = List.of("ix_claim_status_created", "ix_claim_queue_model",
			"ix_claim_queue_manufacturer", "ix_claim_queue_verdict", "ix_claim_queue_assignee");

	private static final List<String> DUE_INDEXES = List.of("ix_claim_status_due", "ix_claim_queue_model_due",
			"ix_claim_queue_manufacturer_due", "ix_claim_queue_verdict_due", "ix_claim_assignee_status_due");

	private static final List<String> MODEL_INDEXES = List.of("ix_claim_status_model",
			"ix_claim_queue_manufacturer_model", "ix_claim_queue_verdict_model", "ix_claim_queue_assignee_model");

	/**
	 * Part of one status's claims, read as one index range: {@code rank} sorts before the keys. In a segment
	 * {@code withoutKeys} the keys are all NULL (claims without a due time) and id alone orders it.
	 */
	record Segment(int rank, String condition, boolean withoutKeys) {

		Segment(int rank, String condition) {
			this(rank, condition, false);
		}
	}

	/** Where a page ended: the last row's rank, key values (in {@link #keys} order, null for no value) and id. */
	record Position(int rank, List<Object> values, long id) {
	}

	private final QueueOrder order;

	private final List<Key> keys;

	private QueueKeyset(QueueOrder order, List<Key> keys) {
		this.order = order;
		this.keys = keys;
	}

	static QueueKeyset of(QueueOrder order) {
		return new QueueKeyset(order, switch (order.column()) {
			case "due" -> List.of(DUE);
			case "model" -> List.of(MODEL, CREATED);
			default -> List.of(CREATED);
		});
	}

	QueueOrder order() {
		return order;
	}

	String direction() {
		return order.descending() ? "DESC" : "ASC";
	}

	/** The parts of one status's claims, in the order of the page. */
	List<Segment> segments(ClaimStatus status) {
		return switch (order.column()) {
			case "due" -> List.of(new Segment(0, " AND due_at IS NOT NULL"), new Segment(1, " AND due_at IS NULL", true));
			case "status" -> List.of(new Segment(status.ordinal(), ""));
			default -> List.of(new Segment(0, ""));
		};
	}

	/** The sort columns a branch selects, as {@code sort_rank, sort_0, …}, for the merge and the next cursor. */
	String selectColumns(Segment segment) {
		StringBuilder columns = new StringBuilder(segment.rank() + " AS sort_rank");
		for (int i = 0; i < keys.size(); i++) {
			columns.append(", ").append(keys.get(i).column()).append(" AS sort_").append(i);
		}
		return columns.toString();
	}

	/** The sort columns of the merge of the branches, aliased {@code q}. */
	String mergeColumns() {
		StringBuilder columns = new StringBuilder("q.sort_rank");
		for (int i = 0; i < keys.size(); i++) {
			columns.append(", q.sort_").append(i);
		}
		return columns.toString();
	}

	/** The table a branch reads, with the indexes of the order (see {@link #AGE_INDEXES}). */
	String table() {
		List<String> indexes = switch (order.column()) {
			case "due" -> DUE_INDEXES;
			case "model" -> MODEL_INDEXES;
			default -> AGE_INDEXES;
		};
		return "claim USE INDEX (" + String.join(", ", indexes) + ")";
	}

	/**
	 * ORDER BY of a branch: its index's columns after status; id alone when the keys are NULL (ordering by a column
	 * that is NULL throughout made MariaDB sort the whole range).
	 */
	String branchOrder(Segment segment) {
		StringBuilder orderBy = new StringBuilder();
		for (Key key : segment.withoutKeys() ? List.<Key>of() : keys) {
			orderBy.append(key.column()).append(' ').append(direction()).append(", ");
		}
		return orderBy.append("id ").append(direction()).toString();
	}

	/** ORDER BY of the merge of the branches, aliased {@code q}. */
	String mergeOrder() {
		StringBuilder orderBy = new StringBuilder("q.sort_rank ").append(direction());
		for (int i = 0; i < keys.size(); i++) {
			orderBy.append(", q.sort_").append(i).append(' ').append(direction());
		}
		return orderBy.append(", q.id ").append(direction()).toString();
	}

	/**
	 * What a segment's branch adds to read after the cursor: empty for a segment wholly after it, null for one wholly
	 * before it (the branch is left out), else the rows after the cursor's keys. Adds the cursor's values to params.
	 */
	String after(Segment segment, Position cursor, MapSqlParameterSource params) {
		int compared = Integer.compare(segment.rank(), cursor.rank()) * (order.descending() ? -1 : 1);
		if (compared < 0) {
			return null;
		}
		if (compared > 0) {
			return "";
		}
		String later = order.descending() ? "<" : ">";
		params.addValue("cursorId", cursor.id());
		String condition = "id " + later + " :cursorId";
		for (int i = keys.size() - 1; i >= 0; i--) {
			Object value = cursor.values().get(i);
			if (value == null) {
				// The segment has no value here (due_at IS NULL): its rows differ only by what follows.
				continue;
			}
			String column = keys.get(i).column();
			params.addValue("cursor" + i, value);
			condition = "(" + column + " " + later + " :cursor" + i + " OR (" + column + " = :cursor" + i + " AND "
					+ condition + "))";
		}
		return " AND " + condition;
	}

	/**
	 * The cursor in the query string. The age orders keep their {@code 2026-11-25T10:15:30.123456~42}; the others
	 * start with their column: {@code due~2026-11-27T15:00~42} ({@code due~~42} without a due time),
	 * {@code status~IN_REVIEW~2026-11-25T10:15:30~42}, {@code model~<key, base64url>~2026-11-25T10:15:30~42}.
	 */
	String format(Position position) {
		List<String> parts = new ArrayList<>();
		if (!"age".equals(order.column())) {
			parts.add(order.column());
		}
		if ("status".equals(order.column())) {
			parts.add(ClaimStatus.values()[position.rank()].name());
		}
		for (int i = 0; i < keys.size(); i++) {
			Object value = position.values().get(i);
			parts.add(value == null ? "" : value instanceof String text
					? Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))
					: value.toString());
		}
		parts.add(String.valueOf(position.id()));
		return String.join("~", parts);
	}

	/** The position a cursor of this order marks; empty when there is none or it does not parse. */
	Optional<Position> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			List<String> parts = new ArrayList<>(List.of(text.split("~", -1)));
			if (!"age".equals(order.column()) && !parts.remove(0).equals(order.column())) {
				return Optional.empty();
			}
			int rank = "status".equals(order.column()) ? ClaimStatus.valueOf(parts.remove(0)).ordinal() : 0;
			if (parts.size() != keys.size() + 1) {
				return Optional.empty();
			}
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < keys.size(); i++) {
				values.add(value(keys.get(i), parts.get(i)));
			}
			if ("due".equals(order.column())) {
				rank = values.get(0) == null ? 1 : 0;
			}
			else if (values.contains(null)) {
				return Optional.empty();
			}
			return Optional.of(new Position(rank, values, Long.parseLong(parts.get(keys.size()))));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Object value(Key key, String text) {
		if (key.type() == String.class) {
			return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
		}
		return text.isEmpty() ? null : LocalDateTime.parse(text);
	}

	/** The position of a merged row, from the sort columns {@link #selectColumns} gave it. */
	Position positionOf(ResultSet rs) throws SQLException {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			values.add(rs.getObject("sort_" + i, keys.get(i).type()));
		}
		return new Position(rs.getInt("sort_rank"), values, rs.getLong("id"));
	}
}
