package com.warrantyportal.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

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
		// Counted by a plain SELECT (a consistent read that locks nothing), then written: INSERT ... SELECT would
		// hold shared locks on the units and registrations it reads, holding up registrations meanwhile.
		List<Object[]> counts = jdbc.query("SELECT m.id, COALESCE(r.n, 0), COALESCE(b.n, 0) FROM product_model m "
				+ "LEFT JOIN (SELECT u.model_id, COUNT(*) AS n FROM registration g JOIN unit u ON u.id = g.active_unit_id "
				+ "GROUP BY u.model_id) r ON r.model_id = m.id "
				+ "LEFT JOIN (SELECT model_id, COUNT(*) AS n FROM serial_registry_entry GROUP BY model_id) b "
				+ "ON b.model_id = m.id",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) });
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("DELETE FROM report_model_units");
		jdbc.batchUpdate("INSERT INTO report_model_units (model_id, registered_units, built_units, counted_at) "
				+ "VALUES (?, ?, ?, ?)", counts.stream().map(c -> new Object[] { c[0], c[1], c[2], now }).toList());
	}
}
