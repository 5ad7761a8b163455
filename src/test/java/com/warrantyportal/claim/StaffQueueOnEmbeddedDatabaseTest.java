package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.warrantyportal.eligibility.VerdictStatus;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every order of the staff queue, with each filter and a cursor, also runs on the embedded default database (H2 in
 * MySQL mode) with the index names it gives: the orders are tested on MariaDB (StaffQueueIT), the SQL's grammar here.
 */
class StaffQueueOnEmbeddedDatabaseTest {

	@Test
	void everyOrderWithEveryFilterAndACursorRunsOnH2() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:queue;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
						+ "DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
		StaffQueue queue = new StaffQueue(jdbc, new QueueCounts(jdbc, Duration.ZERO, Duration.ZERO),
				Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
		LocalDateTime at = LocalDateTime.of(2026, 11, 20, 9, 30);
		for (QueueOrder order : QueueOrder.values()) {
			QueueKeyset keyset = QueueKeyset.of(order);
			String cursor = keyset.format(new QueueKeyset.Position(order.column().equals("status") ? 1 : 0,
					order.column().equals("model") ? List.of("TV100", at) : List.of(at), 42));
			for (StaffQueue.Filter filter : List.of(
					new StaffQueue.Filter(null, false, null, null, null, null, false, false, order, false),
					new StaffQueue.Filter(null, true, VerdictStatus.ELIGIBLE, 3L, null, 7, true, false, order, true),
					new StaffQueue.Filter(ClaimStatus.IN_REVIEW, false, null, null, 5L, null, false, true, order,
							false))) {
				assertThat(queue.page(filter, 1, null).rows()).isEmpty();
				assertThat(queue.page(filter, 1, cursor).rows()).as(order + " " + cursor).isEmpty();
			}
		}
	}
}
