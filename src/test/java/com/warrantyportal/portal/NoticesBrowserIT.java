package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An owner in Chromium sees staff's question counted in the header, finds it among the notifications and follows it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NoticesBrowserIT extends MySqlIntegrationTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

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

	private WebElement headerLink() {
		return browser.findElement(By.cssSelector("header a.notices-link"));
	}

	@Test
	void anOwnerFollowsAStaffQuestionFromTheHeaderCountToTheClaim() {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(3));
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), owner.getDisplayName(),
				LocalDate.now().minusDays(2), "panel", Cause.DEFECT, "A green line runs down the screen.");

		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("email")).sendKeys(owner.getEmail());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main button[type=submit]")));
		// What came before the question (the claim received) is read first.
		browser.get("http://localhost:" + port + "/my/notifications");

		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, ClaimService.Actor.SYSTEM, "Which input is it on?");
		browser.get("http://localhost:" + port + "/my");
		assertThat(headerLink().getAttribute("aria-label")).isEqualTo("Notifications, 2 unread");
		assertThat(headerLink().getText()).contains("2");

		Browser.clickAndWait(browser, headerLink());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Notifications");
		WebElement question = browser.findElement(
				By.linkText("Our staff asked you a question about your claim " + claim.getNumber()));
		assertThat(headerLink().getAttribute("aria-label")).isNull();

		Browser.clickAndWait(browser, question);
		Browser.waitForUrlEnding(browser, "/my/claims/" + claim.getNumber());
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Which input is it on?");
		assertThat(headerLink().getText()).isEqualTo("Notifications");
	}
}
