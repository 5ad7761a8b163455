package com.warrantyportal.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.infrastructure.StoredTimes;
import com.warrantyportal.reporting.ReportSection.Cell;
import com.warrantyportal.reporting.ReportSection.Column;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports: each section one or two aggregate statements over one date range of claims, read from the covering
 * indexes of migration V35 (received claims by {@code created_at}, decisions by {@code decided_at}), grouped by day
 * or month in SQL and by week in Java; the failure rate divides by the unit counts of {@code report_model_units}.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	/** The sections in page order, by the name their CSV address uses. */
	public static final List<String> SECTIONS = List.of("claims-per-week", "approval-rate", "time-to-decision",
			"sla-breaches", "failure-rate", "components", "approved-cost");

	static final int TOP_MODELS_BY_RATE = 20;

	static final int TOP_COMPONENTS = 10;

	/** Model ids per look-up of their unit counts. */
	private static final int LOOKUP_CHUNK = 1_000;

	/** Models that get a column of their own in the approved cost; the rest are summed as "other models". */
	static final int COST_MODELS = 6;

	/** Filters whose recent report is kept; a supervisor's few filters, and the default one everybody opens. */
	private static final int RECENT_FILTERS = 200;

	private final NamedParameterJdbcTemplate jdbc;

	private final CatalogService catalog;

	private final Clock clock;

	private final Duration freshFor;

	private final Cache<ReportFilter, Report> recent;

	@Autowired
	public Reports(NamedParameterJdbcTemplate jdbc, CatalogService catalog, Clock clock,
			@Value("${warranty.reports.fresh-for:1m}") Duration freshFor) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clock = clock;
		this.freshFor = freshFor;
		this.recent = Caffeine.newBuilder().maximumSize(RECENT_FILTERS).expireAfterWrite(freshFor).build();
	}

	/** Reports computed on every call (tests of the figures themselves). */
	public Reports(NamedParameterJdbcTemplate jdbc, CatalogService catalog) {
		this(jdbc, catalog, Clock.systemUTC(), Duration.ZERO);
	}

	/**
	 * A report: its sections, the models the model number chose, when the units were last counted and when the
	 * figures were computed.
	 */
	public record Report(List<ReportSection> sections, List<ChosenModel> models, boolean modelNotFound,
			Optional<Instant> unitsCountedAt, Instant computedAt) {

		public Optional<ReportSection> section(String name) {
			return sections.stream().filter(section -> section.name().equals(name)).findFirst();
		}
	}

	public record ChosenModel(long id, String number, String name) {
	}

	/** Every section of the page, computed now. */
	public Report report(ReportFilter filter) {
		Scope scope = scope(filter);
		List<ReportSection> sections = SECTIONS.stream().map(name -> section(name, scope)).toList();
		return new Report(sections, scope.models(), scope.modelNotFound(), unitsCountedAt(), clock.instant());
	}

	/**
	 * The report of this filter as computed at most {@code warranty.reports.fresh-for} (a minute) ago on this
	 * instance, or computed now: figures by the week change little within a minute, and a page that aggregates a
	 * period's claims is not computed again for each supervisor who opens it meanwhile. Requests for the same filter
	 * arriving together wait for one computation.
	 */
	public Report recent(ReportFilter filter) {
		if (freshFor.isZero() || freshFor.isNegative()) {
			return report(filter);
		}
		Report report = recent.get(filter, this::report);
		if (report.unitsCountedAt().isEmpty()) {
			// Computed before the units were first counted (just after start-up): not kept, so that the failure rate
			// appears as soon as the counts do.
			recent.invalidate(filter);
		}
		return report;
	}

	private ReportSection section(String name, Scope scope) {
		Map<String, Function<Scope, ReportSection>> sections = Map.of("claims-per-week", this::claimsPerWeek,
				"approval-rate", this::approvalRate, "time-to-decision", this::timeToDecision, "sla-breaches",
				this::slaBreaches, "failure-rate",
				this::failureRate, "components", this::components, "approved-cost", this::approvedCost);
		return sections.get(name).apply(scope);
	}

	private Optional<Instant> unitsCountedAt() {
		return Optional.ofNullable(StoredTimes.instant(jdbc.getJdbcTemplate()
			.queryForObject("SELECT MAX(counted_at) FROM report_model_units", LocalDateTime.class)));
	}

	/** The filter with its model number resolved to model ids, and what more than one section reads, read once. */
	private static final class Scope {

		private final ReportFilter filter;

		private final List<ChosenModel> models;

		private final boolean modelNotFound;

		private List<Decisions> decisions;

		Scope(ReportFilter filter, List<ChosenModel> models, boolean modelNotFound) {
			this.filter = filter;
			this.models = models;
			this.modelNotFound = modelNotFound;
		}

		ReportFilter filter() {
			return filter;
		}

		List<ChosenModel> models() {
			return models;
		}

		boolean modelNotFound() {
			return modelNotFound;
		}

		/** The claims' condition for a range of the given date column, with its parameters. */
		String where(String dateColumn, MapSqlParameterSource params) {
			params.addValue("fromTime", filter.from().atStartOfDay());
			params.addValue("toTime", filter.to().plusDays(1).atStartOfDay());
			StringBuilder where = new StringBuilder(
					dateColumn + " >= :fromTime AND " + dateColumn + " < :toTime");
			if (filter.manufacturerId() != null) {
				where.append(" AND manufacturer_id = :manufacturer");
				params.addValue("manufacturer", filter.manufacturerId());
			}
			if (filter.hasModelNumber()) {
				// A model number no model has: the report is empty rather than unfiltered.
				where.append(" AND model_id IN (:models)");
				params.addValue("models",
						models.isEmpty() ? List.of(-1L) : models.stream().map(ChosenModel::id).toList());
			}
			return where.toString();
		}
	}

	private Scope scope(ReportFilter filter) {
		if (!filter.hasModelNumber()) {
			return new Scope(filter, List.of(), false);
		}
		List<ChosenModel> models = catalog.findModelsNumbered(ModelNumber.of(filter.modelNumber()))
			.stream()
			.filter(m -> filter.manufacturerId() == null || filter.manufacturerId().equals(m.getManufacturerId()))
			.sorted(Comparator.comparing(ProductModel::getId))
			.map(m -> new ChosenModel(m.getId(), m.getModelNumber(), m.getName()))
			.toList();
		return new Scope(filter, models, models.isEmpty());
	}

	// Claims received and decided per week

	private ReportSection claimsPerWeek(Scope scope) {
		Map<LocalDate, long[]> weeks = weeks(scope.filter(), 2);
		received(scope).forEach((day, n) -> weeks.get(weekOf(day))[0] += n);
		decisions(scope).forEach(d -> weeks.get(weekOf(d.day()))[1] += d.count());
		return perWeek("claims-per-week", "bar",
				List.of(Column.label("week"), Column.series("received"), Column.series("decided")), weeks,
				(label, n) -> List.of(label, Cell.count(n[0]), Cell.count(n[1])));
	}

	/**
	 * A section of a row per week and a row for the whole period, each made by {@code row} from its label and its two
	 * counts (the week's, or their sums).
	 */
	private static ReportSection perWeek(String name, String chart, List<Column> columns, Map<LocalDate, long[]> weeks,
			BiFunction<Cell, long[], List<Cell>> row) {
		List<List<Cell>> rows = new ArrayList<>();
		long[] total = new long[2];
		weeks.forEach((week, n) -> {
			rows.add(row.apply(Cell.text(week.toString()), n));
			total[0] += n[0];
			total[1] += n[1];
		});
		return new ReportSection(name, chart, columns, rows, row.apply(Cell.text(""), total));
	}

	private Map<LocalDate, Long> received(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = "SELECT CAST(created_at AS DATE) AS on_day, COUNT(*) AS n FROM claim WHERE "
				+ scope.where("created_at", params) + " GROUP BY CAST(created_at AS DATE)";
		Map<LocalDate, Long> days = new TreeMap<>();
		jdbc.query(sql, params, rs -> {
			days.put(rs.getObject("on_day", LocalDate.class), rs.getLong("n"));
		});
		return days;
	}

	/**
	 * Decisions of the period by day, outcome, whole hours from receipt to decision, and whether the decision came
	 * after the claim's decision deadline ({@code late}; never for claims decided before deadlines were kept).
	 */
	private record Decisions(LocalDate day, boolean approved, long hours, boolean late, long count) {
	}

	private List<Decisions> decisions(Scope scope) {
		if (scope.decisions == null) {
			scope.decisions = readDecisions(scope);
		}
		return scope.decisions;
	}

	private List<Decisions> readDecisions(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String approved = "CASE WHEN resolution IS NULL THEN 0 ELSE 1 END";
		String hours = "TIMESTAMPDIFF(HOUR, created_at, decided_at)";
		String late = "CASE WHEN decided_at > decision_due_at THEN 1 ELSE 0 END";
		String sql = "SELECT CAST(decided_at AS DATE) AS on_day, " + approved + " AS approved, " + hours
				+ " AS hours, " + late + " AS late, COUNT(*) AS n FROM claim WHERE " + scope.where("decided_at", params)
				+ " GROUP BY CAST(decided_at AS DATE), " + approved + ", " + hours + ", " + late;
		return jdbc.query(sql, params, (rs, i) -> new Decisions(rs.getObject("on_day", LocalDate.class),
				rs.getInt("approved") == 1, rs.getLong("hours"), rs.getInt("late") == 1, rs.getLong("n")));
	}

	// Approval rate per week

	private ReportSection approvalRate(Scope scope) {
		Map<LocalDate, long[]> weeks = weeks(scope.filter(), 2);
		decisions(scope).forEach(d -> weeks.get(weekOf(d.day()))[d.approved() ? 0 : 1] += d.count());
		return perWeek("approval-rate", "line", List.of(Column.label("week"), Column.figure("decided"),
				Column.figure("approved"), Column.figure("rejected"), Column.series("approvalRate")), weeks,
				(label, n) -> decidedRow(label, n, n[0]));
	}

	/** Decided (both counts), each count, and {@code part}'s share of the decided, one decimal. */
	private static List<Cell> decidedRow(Cell label, long[] counts, long part) {
		long decided = counts[0] + counts[1];
		return List.of(label, Cell.count(decided), Cell.count(counts[0]), Cell.count(counts[1]),
				decided == 0 ? Cell.text("") : decimal(BigDecimal.valueOf(part * 100.0 / decided), 1));
	}

	// SLA breaches: decisions made after the claim's decision deadline, per week

	private ReportSection slaBreaches(Scope scope) {
		Map<LocalDate, long[]> weeks = weeks(scope.filter(), 2);
		decisions(scope).forEach(d -> weeks.get(weekOf(d.day()))[d.late() ? 1 : 0] += d.count());
		return perWeek("sla-breaches", "stacked", List.of(Column.label("week"), Column.figure("decided"),
				Column.series("onTime"), Column.series("late"), Column.figure("lateShare")), weeks,
				(label, n) -> decidedRow(label, n, n[1]));
	}

	// Median and 90th percentile of the days from receipt to decision

	private ReportSection timeToDecision(Scope scope) {
		Map<LocalDate, TreeMap<Long, Long>> weeks = new LinkedHashMap<>();
		weeks(scope.filter(), 0).keySet().forEach(week -> weeks.put(week, new TreeMap<>()));
		TreeMap<Long, Long> all = new TreeMap<>();
		for (Decisions d : decisions(scope)) {
			weeks.get(weekOf(d.day())).merge(d.hours(), d.count(), Long::sum);
			all.merge(d.hours(), d.count(), Long::sum);
		}
		List<List<Cell>> rows = new ArrayList<>();
		weeks.forEach((week, hours) -> rows.add(durationRow(Cell.text(week.toString()), hours)));
		return new ReportSection("time-to-decision", "line", List.of(Column.label("week"), Column.figure("decided"),
				Column.series("medianDays"), Column.series("p90Days")), rows, durationRow(Cell.text(""), all));
	}

	private static List<Cell> durationRow(Cell label, TreeMap<Long, Long> countsByHours) {
		long n = countsByHours.values().stream().mapToLong(Long::longValue).sum();
		if (n == 0) {
			return List.of(label, Cell.count(0), Cell.text(""), Cell.text(""));
		}
		return List.of(label, Cell.count(n), days(percentile(countsByHours, n, 50)),
				days(percentile(countsByHours, n, 90)));
	}

	/** The nearest-rank percentile: the smallest duration that at least {@code p} % of the decisions took. */
	static long percentile(TreeMap<Long, Long> countsByHours, long n, int p) {
		long rank = Math.max(1, (n * p + 99) / 100);
		long seen = 0;
		for (Map.Entry<Long, Long> entry : countsByHours.entrySet()) {
			seen += entry.getValue();
			if (seen >= rank) {
				return entry.getKey();
			}
		}
		return countsByHours.lastKey();
	}

	private static Cell days(long hours) {
		return decimal(BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP), 1);
	}

	// Failure rate per model per 1,000 registered units (and built units)

	/**
	 * Three short reads rather than one join, whose plan MariaDB may turn into a walk over every model: the period's
	 * claims per model (an index range), those models' unit counts (primary key), the names of the top 20.
	 */
	private ReportSection failureRate(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Map<Long, Long> claimsByModel = new LinkedHashMap<>();
		jdbc.query("SELECT model_id, COUNT(*) AS n FROM claim WHERE " + scope.where("created_at", params)
				+ " GROUP BY model_id", params, rs -> {
					claimsByModel.put(rs.getLong("model_id"), rs.getLong("n"));
				});
		record Rate(long modelId, long claims, long registered, long built) {

			double perThousand() {
				return claims * 1000.0 / registered;
			}
		}
		List<Rate> rates = new ArrayList<>();
		List<Long> ids = new ArrayList<>(claimsByModel.keySet());
		for (int at = 0; at < ids.size(); at += LOOKUP_CHUNK) {
			jdbc.query("SELECT model_id, registered_units, built_units FROM report_model_units "
					+ "WHERE model_id IN (:ids) AND registered_units >= :minUnits",
					new MapSqlParameterSource("ids", ids.subList(at, Math.min(ids.size(), at + LOOKUP_CHUNK)))
						.addValue("minUnits", scope.filter().minUnits()),
					rs -> {
						long model = rs.getLong("model_id");
						rates.add(new Rate(model, claimsByModel.get(model), rs.getLong("registered_units"),
								rs.getLong("built_units")));
					});
		}
		Map<Long, String[]> names = new LinkedHashMap<>();
		List<Rate> top = rates.stream()
			.sorted(Comparator.comparingDouble(Rate::perThousand).reversed().thenComparing(Rate::modelId))
			.limit(TOP_MODELS_BY_RATE)
			.toList();
		if (!top.isEmpty()) {
			jdbc.query("SELECT m.id, m.model_number, m.name, f.name AS manufacturer FROM product_model m "
					+ "JOIN manufacturer f ON f.id = m.manufacturer_id WHERE m.id IN (:ids)",
					new MapSqlParameterSource("ids", top.stream().map(Rate::modelId).toList()),
					rs -> {
						names.put(rs.getLong("id"), new String[] { rs.getString("model_number"), rs.getString("name"),
								rs.getString("manufacturer") });
					});
		}
		List<List<Cell>> rows = top.stream().map(r -> {
			String[] name = names.get(r.modelId());
			return List.of(Cell.text(name[0]), Cell.text(name[1]), Cell.text(name[2]), Cell.count(r.claims()),
					Cell.count(r.registered()), perThousand(r.claims(), r.registered()),
					r.built() == 0 ? Cell.text("") : Cell.count(r.built()),
					r.built() == 0 ? Cell.text("") : perThousand(r.claims(), r.built()));
		}).toList();
		return new ReportSection("failure-rate", "bar",
				List.of(Column.label("model"), Column.label("modelName"), Column.label("manufacturer"),
						Column.figure("claims"), Column.figure("registeredUnits"), Column.series("perThousandRegistered"),
						Column.figure("builtUnits"), Column.figure("perThousandBuilt")),
				rows, null);
	}

	private static Cell perThousand(long claims, long units) {
		return decimal(BigDecimal.valueOf(claims * 1000.0 / units), 1);
	}

	// Top failing components

	private ReportSection components(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = scope.where("created_at", params);
		Long all = jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE " + where, params, Long.class);
		String sql = "SELECT component, COUNT(*) AS n FROM claim WHERE " + where
				+ " GROUP BY component ORDER BY COUNT(*) DESC, component LIMIT " + TOP_COMPONENTS;
		List<List<Cell>> rows = jdbc.query(sql, params, (rs, i) -> List.of(Cell.text(rs.getString("component")),
				Cell.count(rs.getLong("n")), decimal(BigDecimal.valueOf(rs.getLong("n") * 100.0 / all), 1)));
		return new ReportSection("components", "bar",
				List.of(Column.label("component"), Column.series("claims"), Column.figure("share")), rows, null);
	}

	// Approved cost per model and month

	private ReportSection approvedCost(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = "SELECT m.model_number, x.y, x.mo, x.amount FROM (SELECT model_id, YEAR(decided_at) AS y, "
				+ "MONTH(decided_at) AS mo, SUM(remedy_amount) AS amount FROM claim WHERE "
				+ scope.where("decided_at", params) + " AND resolution IS NOT NULL "
				+ "GROUP BY model_id, YEAR(decided_at), MONTH(decided_at)) x JOIN product_model m ON m.id = x.model_id";
		record Cost(String model, YearMonth month, BigDecimal amount) {
		}
		List<Cost> costs = jdbc.query(sql, params, (rs, i) -> new Cost(rs.getString("model_number"),
				YearMonth.of(rs.getInt("y"), rs.getInt("mo")),
				Optional.ofNullable(rs.getBigDecimal("amount")).orElse(BigDecimal.ZERO)));
		Map<String, BigDecimal> byModel = new LinkedHashMap<>();
		costs.forEach(c -> byModel.merge(c.model(), c.amount(), BigDecimal::add));
		List<String> top = byModel.entrySet()
			.stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(COST_MODELS)
			.map(Map.Entry::getKey)
			.toList();
		Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
		for (YearMonth m = YearMonth.from(scope.filter().from()); !m.isAfter(YearMonth.from(scope.filter().to()));
				m = m.plusMonths(1)) {
			BigDecimal[] sums = new BigDecimal[top.size() + 1];
			Arrays.fill(sums, BigDecimal.ZERO);
			months.put(m, sums);
		}
		costs.forEach(c -> {
			int column = top.indexOf(c.model());
			BigDecimal[] sums = months.get(c.month());
			int at = column < 0 ? top.size() : column;
			sums[at] = sums[at].add(c.amount());
		});
		List<Column> columns = new ArrayList<>();
		columns.add(Column.label("month"));
		top.forEach(model -> columns.add(Column.seriesNamed(model)));
		columns.add(Column.series("otherModels"));
		columns.add(Column.figure("total"));
		List<List<Cell>> rows = new ArrayList<>();
		BigDecimal[] totals = new BigDecimal[top.size() + 2];
		Arrays.fill(totals, BigDecimal.ZERO);
		months.forEach((month, sums) -> {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(month.toString()));
			BigDecimal total = BigDecimal.ZERO;
			for (int i = 0; i < sums.length; i++) {
				row.add(decimal(sums[i], 2));
				total = total.add(sums[i]);
				totals[i] = totals[i].add(sums[i]);
			}
			row.add(decimal(total, 2));
			totals[sums.length] = totals[sums.length].add(total);
			rows.add(row);
		});
		List<Cell> totalRow = new ArrayList<>();
		totalRow.add(Cell.text(""));
		for (BigDecimal t : totals) {
			totalRow.add(decimal(t, 2));
		}
		return new ReportSection("approved-cost", "stacked", columns, rows, totalRow);
	}

	// Weeks and numbers

	/** A row per week of the period, from the Monday of its first day, each with {@code width} counters. */
	private static Map<LocalDate, long[]> weeks(ReportFilter filter, int width) {
		Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
		for (LocalDate week = weekOf(filter.from()); !week.isAfter(filter.to()); week = week.plusWeeks(1)) {
			weeks.put(week, new long[width]);
		}
		return weeks;
	}

	static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static Cell decimal(BigDecimal value, int scale) {
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
		return new Cell(rounded.toPlainString(), rounded);
	}
}
