package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new owner's whole journey in Chromium: sign up, register a product with a receipt, file a claim with a photo,
 * find it listed by number, answer staff's question, and withdraw a second claim.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OwnerJourneyBrowserIT extends MySqlIntegrationTest {

	private static WebDriver browser;

	private static Path receipt;

	private static Path photo;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@BeforeAll
	static void start() throws Exception {
		browser = Browser.start();
		receipt = Files.createTempFile("receipt", ".pdf");
		Files.write(receipt, Fixtures.PDF);
		photo = Files.createTempFile("fault", ".png");
		Files.write(photo, Fixtures.PNG);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private WebElement field(String id) {
		return browser.findElement(By.id(id));
	}

	private void typeDate(String id, LocalDate date) {
		// Date inputs take keyboard input in the browser's locale; setting the value is what a date picker does.
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field(id),
				date.format(DateTimeFormatter.ISO_LOCAL_DATE));
	}

	private void click(String buttonText) {
		Browser.clickButton(browser, buttonText);
	}

	@Test
	void aNewOwnerRegistersAProductAndFollowsAClaimToTheEnd() {
		Catalogue catalogue = fixtures.catalogue();
		String email = "journey-" + Fixtures.unique() + "@example.com";

		open("/signup");
		field("email").sendKeys(email);
		field("displayName").sendKeys("Jules Journey");
		field("password").sendKeys("violet tractor sings at noon");
		click("Create account");
		assertThat(browser.getCurrentUrl()).endsWith("/my");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("you are signed in")
			.contains("Please confirm your e-mail address");

		open("/my/products/new?q=" + catalogue.fridge().getModelNumber());
		Browser.clickAndWait(browser, browser.findElement(By.partialLinkText(catalogue.fridge().getModelNumber())));
		assertThat(browser.findElement(By.id("serial-hint")).getText()).contains("Inside, left wall.");
		String serial = catalogue.registeredFridgeSerial(1);
		field("serial").sendKeys(serial);
		typeDate("purchaseDate", LocalDate.now().minusMonths(6));
		field("retailer").sendKeys("Kitchen World");
		field("price").sendKeys("899");
		field("proof").sendKeys(receipt.toString());
		click("Register product");
		assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("Your product is registered");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(serial).contains("receipt");

		Browser.clickAndWait(browser, browser.findElement(By.linkText("File a warranty claim")));
		typeDate("failureDate", LocalDate.now().minusDays(3));
		new Select(field("component")).selectByValue("compressor");
		browser.findElement(By.cssSelector("input[name=cause][value=STOPPED_BY_ITSELF]")).click();
		field("description").sendKeys("The fridge stopped cooling; the compressor clicks but never starts.");
		field("photos").sendKeys(photo.toString());
		click("Check my coverage first");
		assertThat(browser.findElement(By.id("preview")).getText()).contains("This looks covered");
		assertThat(field("description").getAttribute("value")).startsWith("The fridge stopped cooling");
		assertThat(browser.findElement(By.cssSelector("ul.kept-files")).getText())
			.contains(photo.getFileName().toString());
		click("Submit claim");
		String number = browser.findElement(By.cssSelector("h1 span")).getText();
		assertThat(number).matches("WC-\\d{4}-\\d{6}");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(photo.getFileName().toString());

		open("/my/claims");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains(number);

		Claim claim = claims.findByNumber(number).orElseThrow();
		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, ClaimService.Actor.SYSTEM,
				"Please send a photo of the serial label.");
		Browser.clickAndWait(browser, browser.findElement(By.linkText(number)));
		assertThat(browser.findElement(By.cssSelector(".quote")).getText())
			.isEqualTo("Please send a photo of the serial label.");
		field("answer").sendKeys("Here it is.");
		field("files").sendKeys(photo.toString());
		click("Send answer");
		assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("your answer is with");
		assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("In review");

		open("/my/products");
		Browser.clickAndWait(browser, browser.findElement(By.linkText(catalogue.fridge().getModelNumber())));
		Browser.clickAndWait(browser, browser.findElement(By.linkText("File a warranty claim")));
		typeDate("failureDate", LocalDate.now().minusDays(1));
		new Select(field("component")).selectByValue("door");
		browser.findElement(By.cssSelector("input[name=cause][value=STOPPED_BY_ITSELF]")).click();
		field("description").sendKeys("The door seal came loose at the bottom corner.");
		click("Submit claim");
		String second = browser.findElement(By.cssSelector("h1 span")).getText();
		assertThat(second).isNotEqualTo(number);
		click("Withdraw this claim");
		assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("withdrawn");
		assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Withdrawn");
	}

}
