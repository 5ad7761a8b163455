package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.Registration;
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

/** An agent in Chromium takes a claim from the queue to a decision. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AgentReviewBrowserIT extends MySqlIntegrationTest {

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

	private void click(String text) {
		Browser.clickButton(browser, text);
	}

	@Test
	void anAgentTakesAClaimFromTheQueueToAnApproval() {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		Account agent = fixtures.staff(Role.AGENT);
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), owner.getDisplayName(),
				LocalDate.now().minusDays(2), "panel", Cause.DEFECT, "A green line runs down the screen.");

		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("email")).sendKeys(agent.getEmail());
		browser.findElement(By.id("password")).sendKeys("violet tractor sings at noon");
		click("Sign in");

		browser.get("http://localhost:" + port + "/staff/claims?model=" + catalogue.tv().getId() + "&assigned=none");
		Browser.clickAndWait(browser, browser.findElement(By.linkText(claim.getNumber())));
		assertThat(browser.findElement(By.cssSelector(".eligibility")).getText()).contains("Needs review")
			.contains("INVALID_DATES");

		click("Assign to me");
		assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("The claim is yours");
		click("Verify proof of purchase");
		assertThat(browser.findElement(By.cssSelector(".eligibility")).getText()).contains("Eligible")
			.contains("with verified proof");

		browser.findElement(By.id("resolution-REPAIR")).click();
		browser.findElement(By.id("labourCost")).sendKeys("149");
		browser.findElement(By.id("approveNote")).sendKeys("A technician will replace the panel.");
		click("Approve");
		assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("approved");
		assertThat(browser.findElement(By.cssSelector(".page-head .badges")).getText()).contains("Approved");
		assertThat(browser.findElement(By.cssSelector("table.costs")).getText()).contains("Labour")
			.contains("£149.00")
			.contains("Total approved");
		assertThat(browser.findElement(By.cssSelector("table.audit")).getText()).contains("ASSIGNED_TO_SELF")
			.contains("PROOF_VERIFIED")
			.contains("APPROVED");

		assertThat(claims.find(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.APPROVED);
	}
}
