package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.warrantyportal.support.Browser;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new installation on the mysql profile, from an empty database to an owner's filed claim, through the pages only:
 * the first administrator comes from the environment, adds a manufacturer, a model with its terms and a support agent;
 * an owner signs up, registers the product and files a claim; the agent finds it in the queue.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mysql")
class FreshInstallationBrowserIT {

	private static final String ADMIN = "first.admin@fresh.example";

	private static final String PASSWORD = "violet tractor sings at noon";

	private static WebDriver browser;

	private static Path receipt;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.fresh("fresh").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("warranty.bootstrap-admin.email", () -> ADMIN);
		registry.add("warranty.bootstrap-admin.password", () -> PASSWORD);
		registry.add("warranty.mail.scheduler", () -> "false");
		registry.add("warranty.uploads-dir", () -> "target/test-uploads");
	}

	@BeforeAll
	static void start() throws Exception {
		browser = Browser.start();
		receipt = Files.createTempFile("receipt", ".pdf");
		Files.write(receipt, Fixtures.PDF);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anEmptyInstallationIsSetUpFromThePagesUntilAnOwnerFilesAClaim() {
		signIn(ADMIN);
		assertThat(text()).contains("First steps of a new installation");

		Browser.clickAndWait(browser, browser.findElement(By.linkText("Add a manufacturer")));
		field("name").sendKeys("Lumen Audio");
		field("supportEmail").sendKeys("help@lumen.example");
		field("supportPhone").sendKeys("+44 20 7946 0000");
		click("Add the manufacturer");
		assertThat(alert()).contains("The manufacturer is added");

		Browser.clickAndWait(browser, browser.findElement(By.linkText("Add a model")));
		field("modelNumber").sendKeys("LA-SPK 20");
		field("name").sendKeys("Bookshelf speaker");
		field("category").sendKeys("Audio");
		field("components").sendKeys("amplifier, woofer, tweeter");
		typeDate("terms.effectiveFrom", LocalDate.of(2020, 1, 1));
		WebElement catchAllParts = field("terms.lines0.partsMonths");
		catchAllParts.clear();
		catchAllParts.sendKeys("24");
		field("terms.lines1.component").sendKeys("amplifier");
		field("terms.lines1.partsMonths").sendKeys("36");
		field("terms.lines1.labourMonths").sendKeys("12");
		click("Add the model");
		assertThat(alert()).contains("The model is added");
		assertThat(text()).contains("amplifier: 36 months parts, 12 labour");

		open("/admin/accounts");
		field("email").sendKeys("agent@fresh.example");
		field("displayName").sendKeys("Ada Agent");
		new Select(field("role")).selectByValue("AGENT");
		field("password").sendKeys(PASSWORD);
		click("Create account");
		signOut();

		open("/signup");
		field("email").sendKeys("owen@fresh.example");
		field("displayName").sendKeys("Owen Owner");
		field("password").sendKeys(PASSWORD);
		click("Create account");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main a.button")));
		field("password").sendKeys(PASSWORD);
		click("Sign in");
		open("/my/products/new?q=spk");
		Browser.clickAndWait(browser, browser.findElement(By.partialLinkText("LA-SPK 20")));
		field("serial").sendKeys("LS-000123");
		typeDate("purchaseDate", LocalDate.now().minusMonths(3));
		field("retailer").sendKeys("Hi-Fi Corner");
		field("proof").sendKeys(receipt.toString());
		click("Register product");
		assertThat(alert()).contains("Your product is registered");

		Browser.clickAndWait(browser, browser.findElement(By.linkText("File a warranty claim")));
		typeDate("failureDate", LocalDate.now().minusDays(2));
		new Select(field("component")).selectByValue("amplifier");
		browser.findElement(By.cssSelector("input[name=cause][value=STOPPED_BY_ITSELF]")).click();
		field("description").sendKeys("The amplifier hums and then switches itself off after a minute.");
		click("Submit claim");
		String number = browser.findElement(By.cssSelector("h1 span")).getText();
		assertThat(number).matches("WC-\\d{4}-\\d{6}");
		signOut();

		signIn("agent@fresh.example");
		open("/staff/claims");
		assertThat(text()).contains(number).contains("LA-SPK 20");
	}

	private void signIn(String email) {
		open("/login");
		field("email").sendKeys(email);
		field("password").sendKeys(PASSWORD);
		click("Sign in");
	}

	private void signOut() {
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("header button.link-button")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private String text() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private String alert() {
		return browser.findElement(By.cssSelector(".alert.success")).getText();
	}

	private WebElement field(String id) {
		return browser.findElement(By.id(id));
	}

	private void typeDate(String id, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field(id),
				date.format(DateTimeFormatter.ISO_LOCAL_DATE));
	}

	private void click(String buttonText) {
		Browser.clickButton(browser, buttonText);
	}
}
