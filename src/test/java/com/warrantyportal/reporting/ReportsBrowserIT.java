package com.warrantyportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervisor in Chromium opens the reports: with JavaScript each section gets a chart drawn by Chart.js above its
 * table; without JavaScript the same tables show the same numbers and no chart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportsBrowserIT extends MySqlIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportUnitCounts unitCounts;

	private WebDriver browser;

	@AfterEach
	void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** Signs in as a new supervisor and opens the reports on the known claims; the sections' tables by id. */
	private Map<String, String> openReports(WebDriver driver) {
		Catalogue catalogue = KnownClaims.build(fixtures, claims, jdbc, unitCounts);
		Account supervisor = fixtures.staff(Role.SUPERVISOR);
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.id("email")).sendKeys(supervisor.getEmail());
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		Browser.clickButton(driver, "Sign in");
		Browser.clickAndWait(driver, driver.findElement(By.linkText("Reports")));
		driver.get("http://localhost:" + port + "/staff/reports?from=" + KnownClaims.FROM + "&to=" + KnownClaims.TO
				+ "&manufacturer=" + catalogue.plainMaker().getId() + "&minUnits=1");
		return driver.findElements(By.cssSelector(".report-section"))
			.stream()
			.collect(Collectors.toMap(section -> section.getAttribute("id"),
					section -> section.findElement(By.tagName("table")).getText()));
	}

	@Test
	void withJavaScriptEachSectionHasAChartAboveItsTable() {
		browser = Browser.start();
		Map<String, String> tables = openReports(browser);
		assertThat(tables.keySet()).containsExactlyInAnyOrderElementsOf(Reports.SECTIONS);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector(".chart[data-drawn='true'] canvas")).size() == Reports.SECTIONS.size());
		for (WebElement section : browser.findElements(By.cssSelector(".report-section"))) {
			WebElement canvas = section.findElement(By.cssSelector(".chart canvas"));
			assertThat(canvas.getSize().getHeight()).as(section.getAttribute("id")).isGreaterThan(100);
			// Chart.js has drawn on it: the canvas is not blank.
			Object painted = ((JavascriptExecutor) browser).executeScript("const c = arguments[0];"
					+ "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
					+ "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;", canvas);
			assertThat(painted).as(section.getAttribute("id")).isEqualTo(true);
			// The chart comes before the table, which stays.
			assertThat(section.findElements(By.cssSelector(".chart + .table-wrap table"))).hasSize(1);
		}
		assertThat(tables.get("claims-per-week")).contains("2026-01-05 3 2").containsIgnoringCase("Whole period 5 4");
	}

	@Test
	void withoutJavaScriptTheTablesShowTheSameNumbers() {
		browser = Browser.startWithoutJavaScript();
		Map<String, String> tables = openReports(browser);
		assertThat(browser.findElements(By.tagName("canvas"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".site-header.menu-ready"))).as("scripts did not run").isEmpty();
		assertThat(tables.keySet()).containsExactlyInAnyOrderElementsOf(Reports.SECTIONS);
		assertThat(tables.get("claims-per-week")).contains("2026-01-05 3 2")
			.contains("2026-01-12 2 1")
			.containsIgnoringCase("Whole period 5 4");
		assertThat(tables.get("approval-rate")).containsIgnoringCase("Whole period 4 3 1 75.0");
		assertThat(tables.get("time-to-decision")).containsIgnoringCase("Whole period 4 2.0 10.0");
		assertThat(tables.get("sla-breaches")).containsIgnoringCase("Whole period 4 2 2 50.0");
		assertThat(tables.get("failure-rate")).contains("5 4 1250.0");
		assertThat(tables.get("components")).contains("panel 3 60.0").contains("remote 2 40.0");
		assertThat(tables.get("approved-cost")).contains("2026-01 400.00 0.00 400.00");
		List<String> lines = List.of(tables.get("components").split("\n"));
		assertThat(lines).hasSize(4);
	}
}
