package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.warrantyportal.account.Account;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An owner imports a spreadsheet in Chromium: the preview says why the bad row is skipped, confirming adds the good
 * products to the list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProductImportBrowserIT extends MySqlIntegrationTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void start() {
		browser = Browser.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void click(String text) {
		var button = browser.findElements(By.cssSelector("main button"))
			.stream()
			.filter(b -> b.getText().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No button " + text + " on " + browser.getCurrentUrl()));
		Browser.clickAndWait(browser, button);
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	@Test
	void anOwnerImportsASpreadsheetSeesWhyABadRowIsSkippedAndFindsTheGoodProductsListed() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		String firstTv = "TV" + Fixtures.unique();
		String secondTv = "TV" + Fixtures.unique();
		Path file = Files.createTempFile("my-devices", ".csv");
		Files.writeString(file, """
				Model number,Serial number,Purchase date,Retailer,Price
				%1$s,%2$s,2025-03-10,Kitchen World,499.00
				%1$s,%3$s,31/12/2024,Screens Direct,
				NOPE-42,XYZ,2025-03-10,Kitchen World,10
				""".formatted(catalogue.tv().getModelNumber(), firstTv, secondTv), StandardCharsets.UTF_8);

		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("email")).sendKeys(owner.getEmail());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		click("Sign in");
		browser.get("http://localhost:" + port + "/my/products");
		Browser.clickAndWait(browser, browser.findElement(By.linkText("Import from CSV")));
		browser.findElement(By.id("file")).sendKeys(file.toString());
		click("Preview the import");

		assertThat(main()).contains("Nothing has been saved yet")
			.contains("We do not know model number “NOPE-42”")
			.contains(firstTv)
			.contains(secondTv);
		assertThat(browser.findElements(By.cssSelector("tr.problem-row"))).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE owner_id = ?", Long.class,
				owner.getId())).isZero();

		click("Confirm the import");
		assertThat(browser.getCurrentUrl()).endsWith("/my/products");
		assertThat(browser.findElement(By.cssSelector(".alert.success")).getText())
			.isEqualTo("2 products added, no transfer requested, 1 row skipped.");
		assertThat(main()).contains(firstTv).contains(secondTv).doesNotContain("XYZ");
	}
}
