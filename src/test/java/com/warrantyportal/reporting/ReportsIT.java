package com.warrantyportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.reporting.ReportSection.Cell;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reports against {@link KnownClaims} on the real database: each section's figures, the filters, the field
 * messages, the CSV downloads and who may see them.
 */
@AutoConfigureMockMvc
class ReportsIT extends MySqlIntegrationTest {

	static final LocalDate FROM = KnownClaims.FROM;

	static final LocalDate TO = KnownClaims.TO;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reports reports;

	@Autowired
	CatalogService catalog;

	@Autowired
	ReportUnitCounts unitCounts;

	Catalogue catalogue;

	PortalUser supervisor;

	@BeforeEach
	void fiveClaimsOnFourTvs() {
		catalogue = KnownClaims.build(fixtures, claims, jdbc, unitCounts);
		supervisor = Fixtures.user(fixtures.staff(Role.SUPERVISOR));
	}

	private ReportFilter filter() {
		return new ReportFilter(FROM, TO, catalogue.plainMaker().getId(), null, 1);
	}

	private List<List<String>> rows(String section, ReportFilter filter) {
		ReportSection table = reports.report(filter).section(section).orElseThrow();
		List<List<String>> rows = new ArrayList<>();
		table.rows().forEach(row -> rows.add(row.stream().map(Cell::text).toList()));
		if (table.total() != null) {
			rows.add(table.total().stream().map(Cell::text).toList());
		}
		return rows;
	}

	@Test
	void keepsAFiltersRecentFiguresForTheirTimeAndComputesOthersAnew() {
		Reports minuteOld = new Reports(new NamedParameterJdbcTemplate(jdbc), catalog, Clock.systemUTC(),
				Duration.ofMinutes(1));
		Reports.Report first = minuteOld.recent(filter());
		assertThat(first.section("claims-per-week").orElseThrow().total()).extracting(Cell::text)
			.containsExactly("", "5", "4");
		// A sixth claim arrives in the period: the figures a minute old stay until they expire; a report computed now,
		// and the recent report of another filter, count it.
		Map<String, Object> tv = jdbc.queryForMap(
				"SELECT registration_id, unit_id, owner_id FROM claim ORDER BY id DESC LIMIT 1");
		long sixth = claims.file(((Number) tv.get("registration_id")).longValue(),
				((Number) tv.get("unit_id")).longValue(), ((Number) tv.get("owner_id")).longValue(), "Owner",
				LocalDate.of(2026, 1, 1), "panel", Cause.DEFECT, "It stopped working again.").getId();
		jdbc.update("UPDATE claim SET created_at = '2026-01-14 09:00:00' WHERE id = ?", sixth);
		assertThat(minuteOld.recent(filter())).isSameAs(first);
		assertThat(minuteOld.report(filter()).section("claims-per-week").orElseThrow().total()).extracting(Cell::text)
			.containsExactly("", "6", "4");
		ReportFilter wider = new ReportFilter(FROM.minusWeeks(1), TO, catalogue.plainMaker().getId(), null, 1);
		assertThat(minuteOld.recent(wider).section("claims-per-week").orElseThrow().total()).extracting(Cell::text)
			.containsExactly("", "6", "4");
		// Computed now when nothing is to be kept (as the rest of these tests run).
		assertThat(reports.recent(filter())).isNotSameAs(reports.recent(filter()));
	}

	@Test
	void doesNotKeepAReportComputedBeforeTheUnitsWereCounted() {
		Reports minuteOld = new Reports(new NamedParameterJdbcTemplate(jdbc), catalog, Clock.systemUTC(),
				Duration.ofMinutes(1));
		jdbc.update("DELETE FROM report_model_units");
		Reports.Report uncounted = minuteOld.recent(filter());
		assertThat(uncounted.unitsCountedAt()).isEmpty();
		unitCounts.recount();
		Reports.Report counted = minuteOld.recent(filter());
		assertThat(counted.unitsCountedAt()).isPresent();
		assertThat(minuteOld.recent(filter())).isSameAs(counted);
	}

	@Test
	void countsClaimsReceivedAndDecidedPerWeek() {
		assertThat(rows("claims-per-week", filter())).containsExactly(List.of("2026-01-05", "3", "2"),
				List.of("2026-01-12", "2", "1"), List.of("2026-01-19", "0", "1"), List.of("", "5", "4"));
	}

	@Test
	void givesTheApprovalRatePerWeek() {
		assertThat(rows("approval-rate", filter())).containsExactly(List.of("2026-01-05", "2", "1", "1", "50.0"),
				List.of("2026-01-12", "1", "1", "0", "100.0"), List.of("2026-01-19", "1", "1", "0", "100.0"),
				List.of("", "4", "3", "1", "75.0"));
	}

	@Test
	void countsTheDecisionsMadeAfterTheirDeadlinePerWeek() {
		assertThat(rows("sla-breaches", filter())).containsExactly(List.of("2026-01-05", "2", "1", "1", "50.0"),
				List.of("2026-01-12", "1", "1", "0", "0.0"), List.of("2026-01-19", "1", "0", "1", "100.0"),
				List.of("", "4", "2", "2", "50.0"));
	}

	@Test
	void givesMedianAndNinetiethPercentileDaysToDecision() {
		// Whole period: 1, 2, 4 and 10 days; nearest rank: the 2nd for the median, the 4th for the 90th percentile.
		assertThat(rows("time-to-decision", filter())).containsExactly(List.of("2026-01-05", "2", "1.0", "2.0"),
				List.of("2026-01-12", "1", "4.0", "4.0"), List.of("2026-01-19", "1", "10.0", "10.0"),
				List.of("", "4", "2.0", "10.0"));
	}

	@Test
	void givesTheFailureRatePerThousandRegisteredUnits() {
		String tv = catalogue.tv().getModelNumber();
		assertThat(rows("failure-rate", filter()))
			.containsExactly(List.of(tv, "Test TV", catalogue.plainMaker().getName(), "5", "4", "1250.0", "", ""));
		// Ranked only with at least the units asked for.
		assertThat(rows("failure-rate", new ReportFilter(FROM, TO, catalogue.plainMaker().getId(), null, 5))).isEmpty();
	}

	@Test
	void ranksTheFailingComponents() {
		assertThat(rows("components", filter())).containsExactly(List.of("panel", "3", "60.0"),
				List.of("remote", "2", "40.0"));
	}

	@Test
	void sumsTheApprovedCostPerModelAndMonth() {
		ReportSection cost = reports.report(filter()).section("approved-cost").orElseThrow();
		assertThat(cost.columns().get(1).text()).isEqualTo(catalogue.tv().getModelNumber());
		assertThat(rows("approved-cost", filter())).containsExactly(List.of("2026-01", "400.00", "0.00", "400.00"),
				List.of("", "400.00", "0.00", "400.00"));
	}

	@Test
	void filtersNarrowTheFigures() {
		ReportFilter fromTheTwelfth = new ReportFilter(LocalDate.of(2026, 1, 12), TO, catalogue.plainMaker().getId(),
				null, 1);
		assertThat(rows("claims-per-week", fromTheTwelfth)).containsExactly(List.of("2026-01-12", "2", "1"),
				List.of("2026-01-19", "0", "1"), List.of("", "2", "2"));
		ReportFilter tvByNumber = new ReportFilter(FROM, TO, null, catalogue.tv().getModelNumber().toLowerCase(), 1);
		assertThat(rows("components", tvByNumber)).containsExactly(List.of("panel", "3", "60.0"),
				List.of("remote", "2", "40.0"));
		ReportFilter fridge = new ReportFilter(FROM, TO, null, catalogue.fridge().getModelNumber(), 1);
		assertThat(rows("components", fridge)).isEmpty();
		ReportFilter otherMaker = new ReportFilter(FROM, TO, catalogue.registryMaker().getId(), null, 1);
		assertThat(rows("claims-per-week", otherMaker)).last().isEqualTo(List.of("", "0", "0"));
	}

	private MockHttpServletRequestBuilder page(String url) {
		return get(url).param("from", FROM.toString())
			.param("to", TO.toString())
			.param("manufacturer", catalogue.plainMaker().getId().toString())
			.param("minUnits", "1");
	}

	@Test
	void pageShowsEachSectionAsATableWithItsCsvLink() throws Exception {
		String html = mvc.perform(page("/staff/reports").with(user(supervisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String section : Reports.SECTIONS) {
			assertThat(html).contains("id=\"" + section + "\"").contains("/staff/reports/" + section + ".csv?from=2026-01-05");
		}
		assertThat(html).contains("data-chart=\"bar\"").contains("data-value=\"1250.0\"").contains(">75.0<")
			.contains("/assets/reports.js");
	}

	@Test
	void csvMatchesTheTable() throws Exception {
		for (String section : Reports.SECTIONS) {
			String csv = mvc.perform(page("/staff/reports/" + section + ".csv").with(user(supervisor)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<String> lines = List.of(csv.split("\r\n"));
			List<List<String>> rows = rows(section, filter());
			assertThat(lines).as(section).hasSize(rows.size() + 1);
			for (int i = 0; i < rows.size(); i++) {
				List<String> expected = new ArrayList<>(rows.get(i));
				if (expected.get(0).isEmpty()) {
					expected.set(0, "Whole period");
				}
				assertThat(lines.get(i + 1)).as(section).isEqualTo(String.join(",", expected));
			}
		}
		String weekly = mvc.perform(page("/staff/reports/claims-per-week.csv").with(user(supervisor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(weekly).isEqualTo("Week from,Received,Decided\r\n2026-01-05,3,2\r\n2026-01-12,2,1\r\n"
				+ "2026-01-19,0,1\r\nWhole period,5,4\r\n");
	}

	@Test
	void badFilterInputGetsAFieldMessageNotAnError() throws Exception {
		String html = mvc.perform(get("/staff/reports").param("from", "last tuesday")
			.param("minUnits", "0")
			.param("manufacturer", "many")
			.param("modelNumber", "NO-SUCH-" + Fixtures.unique())
			.with(user(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Enter the start date as a date")
			.contains("Enter a whole number of units from 1 to 1,000,000.")
			.contains("Choose a manufacturer from the list.")
			.contains("No model has the number NO-SUCH-");
		String reversed = mvc.perform(get("/staff/reports").param("from", "2026-02-01").param("to", "2026-01-01")
			.with(user(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(reversed).contains("The end date is before the start date");
		mvc.perform(get("/staff/reports/claims-per-week.csv").param("from", "nonsense").with(user(supervisor)))
			.andExpect(status().isOk());
		mvc.perform(get("/staff/reports/no-such-section.csv").with(user(supervisor))).andExpect(status().isNotFound());
	}

	@Test
	void onlySupervisorsAndAdministratorsSeeReports() throws Exception {
		PortalUser admin = Fixtures.user(fixtures.staff(Role.ADMIN));
		PortalUser agent = Fixtures.user(fixtures.staff(Role.AGENT));
		PortalUser owner = Fixtures.user(fixtures.owner());
		for (String url : List.of("/staff/reports", "/staff/reports/components.csv")) {
			mvc.perform(get(url).with(user(admin))).andExpect(status().isOk());
			mvc.perform(get(url).with(user(agent))).andExpect(status().isForbidden());
			mvc.perform(get(url).with(user(owner))).andExpect(status().isForbidden());
			mvc.perform(get(url)).andExpect(status().isFound());
		}
	}
}
