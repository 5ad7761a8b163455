package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.warrantyportal.demo.DemoData;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A second-hand buyer, not signed in, checks two serials in real Chromium before paying. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BuyerCheckBrowserIT extends MySqlIntegrationTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demoData;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void demoData() {
		demoData.loadIfEmpty();
	}

	@Test
	void aBuyerSeesTheModelTheRegistryTheWarrantyLeftAndATheftReportButNoOwner() {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.linkText("Check a serial")).click();
		Browser.waitForUrlEnding(browser, "/check");

		// Typed as a buyer would, from the label: lower case, with a space.
		browser.findElement(By.id("serial")).sendKeys("2411 nf00042");
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		String answer = browser.findElement(By.cssSelector(".finding")).getText();
		assertThat(answer).contains("Nordfrost NF-FR500", "Lists this serial for this model", "parts covered until",
				"No open recall");
		assertThat(browser.getPageSource()).doesNotContain("Olivia", "owner@example.com");

		browser.findElement(By.id("serial")).clear();
		browser.findElement(By.id("serial")).sendKeys("BL24000999");
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector(".finding .alert.error")).getText())
			.contains("Reported stolen or lost");
		assertThat(browser.getPageSource()).doesNotContain("sam@example.com");
	}
}
