package com.warrantyportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.warrantyportal.catalog.CatalogService;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every report statement also runs on the embedded default database (H2 in MySQL mode), which the demo setup uses:
 * the figures are tested on MariaDB (ReportsIT), the SQL's grammar here.
 */
class ReportsOnEmbeddedDatabaseTest {

	@Test
	void everySectionAndTheUnitRecountRunOnH2() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:reports;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
						+ "DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		new ReportUnitCounts(jdbc, Clock.fixed(Instant.parse("2026-01-26T00:00:00Z"), ZoneOffset.UTC)).recount();
		Reports reports = new Reports(new NamedParameterJdbcTemplate(jdbc), mock(CatalogService.class));

		Reports.Report report = reports.report(new ReportFilter(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25),
				1L, null, 1));

		assertThat(report.sections()).extracting(ReportSection::name).containsExactlyElementsOf(Reports.SECTIONS);
		assertThat(report.sections().get(0).rows()).hasSize(3);
	}
}
