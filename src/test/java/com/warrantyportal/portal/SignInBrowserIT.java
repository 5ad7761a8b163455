package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.warrantyportal.demo.DemoData;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each demo login in real Chromium: sign in, land on that role's home page, sign out. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInBrowserIT extends MySqlIntegrationTest {

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
	void demoAccounts() {
		demoData.loadIfEmpty();
	}

	@ParameterizedTest(name = "{0} sees {2}")
	@CsvSource({ "owner@example.com, /my, 'Hello, Olivia Owner'", "agent@example.com, /staff, Claims overview",
			"supervisor@example.com, /staff, Claims overview", "admin@example.com, /admin, Administration" })
	void eachDemoRoleSignsInToItsOwnHome(String email, String home, String heading) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		Browser.waitForUrlEnding(browser, home);

		assertThat(browser.getCurrentUrl()).endsWith(home);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Sign out");

		browser.findElement(By.cssSelector(".who button")).click();
		Browser.waitForUrlEnding(browser, "/login?logout");
		assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
	}
}
