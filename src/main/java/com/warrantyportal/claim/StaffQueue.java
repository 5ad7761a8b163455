package com.warrantyportal.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.infrastructure.StoredTimes;
import com.warrantyportal.eligibility.VerdictStatus;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The staff claim queue: filtered, oldest first by default or in another {@link QueueOrder} (newest first, soonest
 * due, model number, status), 50 rows a page with keyset pagination on the order's columns and id (see
 * {@link QueueKeyset}), so page 200 costs what page 1 costs (no OFFSET scan).
 * <p>
 * Every filter reads an index whose leading columns are its equality filters, then {@code status}, then the order's
 * keyset: model, manufacturer, verdict or assignee (V19 for age, V37 and V39 for due time and model number), else
 * the status indexes of V5, V37 and V39. A page of several statuses (every open one by default, or any) reads one
 * index range per status, at most 51 rows each, and merges them: an index range in the order's keyset exists only
 * for one status, and scanning the (created_at, id) index while skipping the statuses not asked for read about
 * 99,000 index entries for the 50 oldest open claims, because open claims are the newest. The status order reads the
 * same ranges one status after the other. With the model filter the model order is the age order (one model
 * number), read from the model's age index. The age filter ({@code olderThanDays}) and the overdue filter are ranges
 * of the age and due orders' own indexes; in the other orders they filter the rows read. Each page is one statement,
 * outside any transaction.
 */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class StaffQueue {

	public static final int PAGE_SIZE = 50;

	/** How many models the picker suggests for a typed model number. */
	public static final int MODEL_SUGGESTIONS = 20;

	private static final RowMapper<ModelChoice> MODEL_CHOICE = (rs, n) -> new ModelChoice(rs.getLong("id"),
			rs.getString("model_number"), rs.getString("model_number_key"), rs.getString("name"),
			rs.getString("manufacturer"));

	private final NamedParameterJdbcTemplate jdbc;

	private final QueueCounts counts;

	private final Clock clock;

	StaffQueue(NamedParameterJdbcTemplate jdbc, QueueCounts counts, Clock clock) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.clock = clock;
	}

	/**
	 * What the queue shows. {@code status} null means every open claim (or any claim with {@code allStatuses});
	 * {@code olderThanDays} keeps claims at least that old.
	 */
	public record Filter(ClaimStatus status, boolean allStatuses, VerdictStatus verdict, Long manufacturerId,
			Long modelId, Integer olderThanDays, boolean mine, boolean unassigned, QueueOrder order,
			boolean overdue) {

		public Filter {
			order = order == null ? QueueOrder.OLDEST : order;
		}

		public Filter(ClaimStatus status, boolean allStatuses, VerdictStatus verdict, Long manufacturerId,
				Long modelId, Integer olderThanDays, boolean mine, boolean unassigned, boolean newestFirst) {
			this(status, allStatuses, verdict, manufacturerId, modelId, olderThanDays, mine, unassigned,
					newestFirst ? QueueOrder.NEWEST : QueueOrder.OLDEST, false);
		}

		/** The same claims in another order. */
		public Filter in(QueueOrder another) {
			return new Filter(status, allStatuses, verdict, manufacturerId, modelId, olderThanDays, mine, unassigned,
					another, overdue);
		}

		/** The order the page is read in: with one model chosen, its model number is one and age decides. */
		QueueOrder readOrder() {
			if (modelId != null && "model".equals(order.column())) {
				return order.descending() ? QueueOrder.NEWEST : QueueOrder.OLDEST;
			}
			return order;
		}

		Set<ClaimStatus> statuses() {
			if (status != null) {
				return EnumSet.of(status);
			}
			return allStatuses ? EnumSet.allOf(ClaimStatus.class) : ClaimStatus.open();
		}
	}

	public record Row(long id, long version, String number, String ownerName, String modelNumber, String serial,
			LocalDateTime createdAt, long ageDays, long ageHours, ClaimStatus status, VerdictStatus verdict,
			boolean overridden, String assignee, LocalDateTime dueAt, boolean overdue) {

		/** How long the claim has waited, in days and hours: {@code 2 d 5 h}, {@code 5 h}, {@code under 1 h}. */
		public String age() {
			long hours = ageHours - ageDays * 24;
			if (ageDays == 0) {
				return hours == 0 ? "under 1 h" : hours + " h";
			}
			return ageDays + " d " + hours + " h";
		}

		/** Waiting for the owner's answer: its clock stops. */
		public boolean paused() {
			return status == ClaimStatus.INFO_REQUESTED;
		}
	}

	/** A page of rows and the cursor of the next page, if there is one. */
	public record Page(List<Row> rows, Optional<String> next) {

		public static Page empty() {
			return new Page(List.of(), Optional.empty());
		}
	}

	/** A model staff can filter the queue by. */
	public record ModelChoice(long id, String number, String numberKey, String name, String manufacturer) {
	}

	/**
	 * The model filter as staff asked for it: typed as a model number ({@code typed}), or given by id. {@code chosen}
	 * is the model the queue is filtered by; when a typed number chose none, {@code several} lists the models of that
	 * number (several manufacturers use it) or {@code suggestions} those whose number starts with it.
	 */
	public record ModelPick(String typed, ModelChoice chosen, List<ModelChoice> several,
			List<ModelChoice> suggestions) {

		static final ModelPick NONE = new ModelPick("", null, List.of(), List.of());

		/** A model was asked for and none is chosen: the queue shows nothing until staff pick one. */
		public boolean unresolved() {
			return chosen == null && !typed.isBlank();
		}

		public Long chosenId() {
			return chosen == null ? null : chosen.id();
		}
	}

	public Page page(Filter filter, long viewerId, String cursor) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder sameForEveryStatus = new StringBuilder();
		if (filter.verdict() != null) {
			sameForEveryStatus.append(" AND effective_verdict = :verdict");
			params.addValue("verdict", filter.verdict().name());
		}
		if (filter.manufacturerId() != null) {
			sameForEveryStatus.append(" AND manufacturer_id = :manufacturer");
			params.addValue("manufacturer", filter.manufacturerId());
		}
		if (filter.modelId() != null) {
			sameForEveryStatus.append(" AND model_id = :model");
			params.addValue("model", filter.modelId());
		}
		if (filter.mine()) {
			sameForEveryStatus.append(" AND assignee_id = :viewer");
			params.addValue("viewer", viewerId);
		}
		else if (filter.unassigned()) {
			sameForEveryStatus.append(" AND assignee_id IS NULL");
		}
		if (filter.overdue()) {
			sameForEveryStatus.append(" AND due_at < :now");
			params.addValue("now", now());
		}
		if (filter.olderThanDays() != null) {
			sameForEveryStatus.append(" AND created_at <= :olderThan");
			params.addValue("olderThan", now().minusDays(filter.olderThanDays()));
		}
		QueueKeyset keyset = QueueKeyset.of(filter.readOrder());
		Optional<QueueKeyset.Position> cursorAt = keyset.parse(cursor);
		List<String> branches = new ArrayList<>();
		int n = 0;
		for (ClaimStatus status : filter.statuses()) {
			for (QueueKeyset.Segment segment : keyset.segments(status)) {
				String after = cursorAt.isEmpty() ? "" : keyset.after(segment, cursorAt.get(), params);
				if (after == null) {
					continue;
				}
				branches.add("(SELECT id, " + keyset.selectColumns(segment) + " FROM " + keyset.table()
						+ " WHERE status = :status" + n + segment.condition() + sameForEveryStatus + after + " ORDER BY "
						+ keyset.branchOrder(segment)
						+ " LIMIT " + (PAGE_SIZE + 1) + ")");
			}
			params.addValue("status" + n, status.name());
			n++;
		}
		if (branches.isEmpty()) {
			return Page.empty();
		}
		String sql = """
				SELECT c.id, c.claim_number, c.created_at, c.status, c.verdict_status, c.override_status, c.due_at, c.version,
				       o.display_name AS owner_name, m.model_number, u.serial_display, s.display_name AS assignee, %s
				FROM (%s) q
				JOIN claim c ON c.id = q.id
				JOIN account o ON o.id = c.owner_id
				JOIN unit u ON u.id = c.unit_id
				JOIN product_model m ON m.id = u.model_id
				LEFT JOIN account s ON s.id = c.assignee_id
				ORDER BY %s
				LIMIT %d""".formatted(keyset.mergeColumns(), String.join("\nUNION ALL\n", branches), keyset.mergeOrder(),
				PAGE_SIZE + 1);
		List<QueueKeyset.Position> positions = new ArrayList<>();
		List<Row> rows = new ArrayList<>(jdbc.query(sql, params, (rs, row) -> {
			positions.add(keyset.positionOf(rs));
			return row(rs);
		}));
		Optional<String> next = Optional.empty();
		if (rows.size() > PAGE_SIZE) {
			rows.remove(PAGE_SIZE);
			next = Optional.of(keyset.format(positions.get(PAGE_SIZE - 1)));
		}
		return new Page(rows, next);
	}

	/** One member of staff's open claims, and how many of them are past their due time. */
	public record Workload(long assigneeId, String assignee, long open, long overdue) {
	}

	/**
	 * Each assignee's open and overdue claims, most overdue first, for supervisors: the staff, then their open claims'
	 * (assignee, status, due) index entries, never the claims themselves.
	 */
	public List<Workload> workload() {
		// The staff first (tens of accounts, by the role index), then their open claims counted from the (assignee,
		// status, due) index alone, a range per assignee and status. As one join, the database read the row of every
		// open claim (11,000 of 200,000 claims) for its assignee and due time.
		Map<Long, String> staff = new HashMap<>();
		jdbc.query("SELECT id, display_name FROM account WHERE role IN ('AGENT', 'SUPERVISOR', 'ADMIN')", Map.of(),
				rs -> {
					staff.put(rs.getLong("id"), rs.getString("display_name"));
				});
		if (staff.isEmpty()) {
			return List.of();
		}
		List<Workload> loads = new ArrayList<>(jdbc.query("""
				SELECT assignee_id, COUNT(*) AS open_claims,
				       SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END) AS overdue_claims
				FROM claim
				WHERE assignee_id IN (:staff) AND status IN (:open)
				GROUP BY assignee_id""", new MapSqlParameterSource("now", now()).addValue("staff", staff.keySet())
					.addValue("open", ClaimStatus.open().stream().map(Enum::name).toList()),
				(rs, n) -> new Workload(rs.getLong("assignee_id"), staff.get(rs.getLong("assignee_id")),
						rs.getLong("open_claims"), rs.getLong("overdue_claims"))));
		loads.sort(Comparator.comparingLong(Workload::overdue)
			.thenComparingLong(Workload::open)
			.reversed()
			.thenComparing(Workload::assignee, String.CASE_INSENSITIVE_ORDER));
		return loads;
	}

	/** Claims per status, every status present; see {@link QueueCounts} for how fresh they are. */
	public Map<ClaimStatus, Long> counts() {
		return counts.current();
	}

	/**
	 * Resolves the model filter. A typed model number (of the chosen manufacturer, if one is) chooses the model with
	 * that number, compared as {@link ModelNumber} says, and {@code modelId} chooses between several of that number;
	 * a blank one (staff emptied the field) chooses none; no typed number at all (a link) lets {@code modelId} choose.
	 */
	public ModelPick pickModel(String typed, Long modelId, Long manufacturerId) {
		if (typed == null && modelId != null) {
			return model(modelId).map(model -> new ModelPick(model.number(), model, List.of(), List.of()))
				.orElseGet(() -> new ModelPick("#" + modelId, null, List.of(), List.of()));
		}
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return ModelPick.NONE;
		}
		String key = ModelNumber.normalise(text);
		List<ModelChoice> found = modelsStartingWith(text, manufacturerId);
		List<ModelChoice> exact = found.stream().filter(model -> model.numberKey().equalsIgnoreCase(key)).toList();
		Optional<ModelChoice> chosen = exact.size() == 1 ? Optional.of(exact.get(0))
				: exact.stream().filter(model -> modelId != null && model.id() == modelId).findFirst();
		if (chosen.isPresent()) {
			return new ModelPick(text, chosen.get(), List.of(), List.of());
		}
		return exact.isEmpty() ? new ModelPick(text, null, List.of(), found) : new ModelPick(text, null, exact, List.of());
	}

	/**
	 * Models whose number starts with the typed text (compared as keys), by number, at most
	 * {@link #MODEL_SUGGESTIONS}: a prefix range of the model number index. The exact number comes first.
	 */
	public List<ModelChoice> modelsStartingWith(String typed, Long manufacturerId) {
		String key = ModelNumber.normalise(typed);
		if (key.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("prefix", likePrefix(key));
		String sameManufacturer = "";
		if (manufacturerId != null) {
			sameManufacturer = " AND m.manufacturer_id = :manufacturer";
			params.addValue("manufacturer", manufacturerId);
		}
		// The manufacturer's name by a subquery, not a join, so the only way to read it is the key index range (or
		// the manufacturer and key index): joining let the optimizer walk every model of every manufacturer.
		return jdbc.query("""
				SELECT m.id, m.model_number, m.model_number_key, m.name,
				       (SELECT f.name FROM manufacturer f WHERE f.id = m.manufacturer_id) AS manufacturer
				FROM product_model m
				WHERE m.model_number_key LIKE :prefix%s
				ORDER BY m.model_number_key, m.id
				LIMIT %d""".formatted(sameManufacturer, MODEL_SUGGESTIONS), params, MODEL_CHOICE);
	}

	public Optional<ModelChoice> model(long id) {
		return jdbc.query("""
				SELECT m.id, m.model_number, m.model_number_key, m.name, f.name AS manufacturer
				FROM product_model m
				JOIN manufacturer f ON f.id = m.manufacturer_id
				WHERE m.id = :id""", Map.of("id", id), MODEL_CHOICE).stream().findFirst();
	}

	/** LIKE's own characters taken literally (backslash is the default escape on MySQL, MariaDB and H2). */
	static String likePrefix(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private Row row(ResultSet rs) throws SQLException {
		LocalDateTime created = rs.getObject("created_at", LocalDateTime.class);
		String verdict = rs.getString("verdict_status");
		String override = rs.getString("override_status");
		LocalDateTime due = rs.getObject("due_at", LocalDateTime.class);
		return new Row(rs.getLong("id"), rs.getLong("version"), rs.getString("claim_number"), rs.getString("owner_name"),
				rs.getString("model_number"), rs.getString("serial_display"), created,
				ChronoUnit.DAYS.between(created, now()), ChronoUnit.HOURS.between(created, now()),
				ClaimStatus.valueOf(rs.getString("status")),
				override != null ? VerdictStatus.valueOf(override) : verdict == null ? null : VerdictStatus.valueOf(verdict),
				override != null, rs.getString("assignee"), due, due != null && due.isBefore(now()));
	}

	/** Stored times are UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
	private LocalDateTime now() {
		return StoredTimes.utc(clock.instant());
	}
}
