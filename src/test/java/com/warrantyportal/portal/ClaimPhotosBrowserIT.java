package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.imageio.ImageIO;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimAttachment;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.Fixtures;
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
 * In Chromium: an owner chooses two photos, checks the coverage first, finds both photos shown on the preview, files
 * the claim without choosing them again, and the claim shows both.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClaimPhotosBrowserIT extends MySqlIntegrationTest {

	private static WebDriver browser;

	private static Path fault;

	private static Path label;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	FileStorage storage;

	@BeforeAll
	static void start() throws Exception {
		browser = Browser.start();
		Path folder = Files.createTempDirectory("claim-photos");
		fault = picture(folder.resolve("cracked-panel.png"), "png", new Color(200, 60, 40));
		label = picture(folder.resolve("serial-label.jpg"), "jpg", new Color(40, 90, 180));
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** A small real picture, so the browser has something to draw. */
	private static Path picture(Path file, String format, Color colour) throws Exception {
		BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, 160, 120);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(20, 50, 120, 20);
		graphics.dispose();
		ImageIO.write(image, format, file.toFile());
		return file;
	}

	private WebElement field(String id) {
		return browser.findElement(By.id(id));
	}

	private void click(String buttonText) {
		Browser.clickButton(browser, buttonText);
	}

	/** Whether the browser loaded and decoded the picture (a broken one has no natural width). */
	private boolean drawn(WebElement image) {
		Object loaded = ((JavascriptExecutor) browser)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image);
		return Boolean.TRUE.equals(loaded);
	}

	@Test
	void photosChosenBeforeCheckingTheCoverageAreShownOnThePreviewAndFiledWithTheClaim() {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(4));
		browser.get("http://localhost:" + port + "/login");
		field("email").sendKeys(owner.getEmail());
		field("password").sendKeys(Fixtures.PASSWORD);
		click("Sign in");

		browser.get("http://localhost:" + port + "/my/claims/new?product=" + tv.getId());
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field("failureDate"),
				LocalDate.now().minusDays(2).format(DateTimeFormatter.ISO_LOCAL_DATE));
		new Select(field("component")).selectByValue("panel");
		browser.findElement(By.cssSelector("input[name=cause][value=STOPPED_BY_ITSELF]")).click();
		field("description").sendKeys("A crack runs across the panel and the picture flickers.");
		field("photos").sendKeys(fault + "\n" + label);
		click("Check my coverage first");

		assertThat(field("preview").getText()).isNotBlank();
		WebElement keptList = browser.findElement(By.cssSelector("ul.kept-files"));
		assertThat(keptList.getText()).contains("cracked-panel.png").contains("serial-label.jpg");
		List<WebElement> thumbnails = keptList.findElements(By.tagName("img"));
		assertThat(thumbnails).hasSize(2).allMatch(this::drawn);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("We keep these with your claim")
			.doesNotContain("do not keep chosen files");
		assertThat(field("description").getAttribute("value")).startsWith("A crack runs across the panel");

		click("Submit claim");
		String number = browser.findElement(By.cssSelector("h1 span")).getText();
		assertThat(number).matches("WC-\\d{4}-\\d{6}");
		WebElement files = browser.findElement(By.cssSelector("ul.attachments"));
		assertThat(files.getText()).contains("cracked-panel.png").contains("serial-label.jpg");
		assertThat(files.findElements(By.tagName("img"))).hasSize(2).allMatch(this::drawn);

		Claim claim = claims.findByNumber(number).orElseThrow();
		List<StoredFile> attached = storage
			.findAll(claims.attachments(claim.getId()).stream().map(ClaimAttachment::getFileId).toList());
		assertThat(attached).extracting(StoredFile::getName)
			.containsExactlyInAnyOrder("cracked-panel.png", "serial-label.jpg");
	}
}
