package com.warrantyportal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver, with the flags this machine's closed network needs. */
public final class Browser {

	private Browser() {
	}

	/** Waits (up to 10 s) until the page the last click started has loaded, which a click alone does not promise. */
	public static void waitForUrlEnding(WebDriver driver, String suffix) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(suffix));
	}

	/**
	 * Clicks something that loads a new page and waits (up to 10 s) until the old page is gone, so the next lookup
	 * cannot find an element of the page being left.
	 */
	public static void clickAndWait(WebDriver driver, WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(page));
	}

	/**
	 * Whether the element's page has been left. Chromium says so either as a stale element or, caught mid-navigation,
	 * as an inspector error that the node "does not belong to the document"; both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Clicks the button of the page's main part that reads exactly {@code text}, and waits for the next page. */
	public static void clickButton(WebDriver driver, String text) {
		WebElement button = driver.findElements(By.cssSelector("main button"))
			.stream()
			.filter(b -> b.getText().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No button " + text + " on " + driver.getCurrentUrl()));
		clickAndWait(driver, button);
	}

	/** Sets a date input's value as a date picker would (typing follows the browser's locale). */
	public static void typeDate(WebDriver driver, WebElement input, java.time.LocalDate date) {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input,
				date.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
	}

	public static ChromeDriver start() {
		return start(true);
	}

	/** A browser with JavaScript switched off, as some visitors have it: pages must work without their scripts. */
	public static ChromeDriver startWithoutJavaScript() {
		return start(false);
	}

	private static ChromeDriver start(boolean javaScript) {
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		if (!javaScript) {
			options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}
}
