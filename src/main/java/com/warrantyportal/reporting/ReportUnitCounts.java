package com.warrantyportal.reporting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.warrantyportal.infrastructure.StoredTimes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts each model's registered units (units with an active registration) and built units (its entries in its
 * manufacturer's serial registry) into {@code report_model_units}, which the failure rate divides by: soon after
 * start-up and then every {@code warranty.reports.unit-counts-every} (an hour), on one instance at a time. Readers
 * keep seeing the previous counts until the new ones are committed.
 */
@Component
public class ReportUnitCounts {

	private static final Logger log = LoggerFactory.getLogger(ReportUnitCounts.class);

	private static final int ROWS_PER_STATEMENT = 500;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ReportUnitCounts(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${warranty.reports.unit-counts-every:1h}",
			initialDelayString = "${warranty.reports.unit-counts-first:10s}")
	@SchedulerLock(name = "report-unit-counts", lockAtMostFor = "30m")
	@Transactional
	public void recount() {
		long started = System.nanoTime();
		// Counted by a plain SELECT (a consistent read that locks nothing), then written: INSERT ... SELECT would
		// hold shared locks on the units and registrations it reads, holding up registrations meanwhile.
		List<Object[]> counts = jdbc.query("SELECT m.id, COALESCE(r.n, 0), COALESCE(b.n, 0) FROM product_model m "
				+ "LEFT JOIN (SELECT u.model_id, COUNT(*) AS n FROM registration g JOIN unit u ON u.id = g.active_unit_id "
				+ "GROUP BY u.model_id) r ON r.model_id = m.id "
				+ "LEFT JOIN (SELECT model_id, COUNT(*) AS n FROM serial_registry_entry GROUP BY model_id) b "
				+ "ON b.model_id = m.id ORDER BY m.id",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) });
		LocalDateTime now = StoredTimes.utc(clock.instant());
		jdbc.update("DELETE FROM report_model_units");
		// Many rows a statement: one statement per model made 20,000 round trips at 20,000 models.
		for (int from = 0; from < counts.size(); from += ROWS_PER_STATEMENT) {
			List<Object[]> rows = counts.subList(from, Math.min(from + ROWS_PER_STATEMENT, counts.size()));
			List<Object> values = new ArrayList<>(rows.size() * 4);
			rows.forEach(c -> values.addAll(List.of(c[0], c[1], c[2], now)));
			jdbc.update("INSERT INTO report_model_units (model_id, registered_units, built_units, counted_at) VALUES "
					+ String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?)")), values.toArray());
		}
		log.info("Counted the registered and built units of {} models in {} ms", counts.size(),
				(System.nanoTime() - started) / 1_000_000);
	}
}
