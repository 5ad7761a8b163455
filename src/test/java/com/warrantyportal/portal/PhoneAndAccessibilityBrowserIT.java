package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.warrantyportal.demo.DemoData;
import com.warrantyportal.support.Browser;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages of every role on a 375 px phone and on a desktop: no page scrolls sideways on the phone, the
 * header folds its links behind a Menu button, and axe-core (the accessibility rules engine, from the front-end's
 * npm packages) finds no serious or critical violation. A new owner's journey is walked at phone width too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PhoneAndAccessibilityBrowserIT extends MySqlIntegrationTest {

	private static final Path AXE = Path.of("frontend-assets", "node_modules", "axe-core", "axe.min.js");

	private static final Pattern PRODUCT = Pattern.compile(".*/my/products/\\d+$");

	private static final Pattern OWNER_CLAIM = Pattern.compile(".*/my/claims/WC-[0-9-]+$");

	private static final Pattern STAFF_CLAIM = Pattern.compile(".*/staff/claims/WC-[0-9-]+$");

	private static final Pattern UNIT = Pattern.compile(".*/staff/units/[^/?]+(\\?.*)?$");

	private static final Pattern MANUFACTURER = Pattern.compile(".*/admin/manufacturers/\\d+$");

	private static final Pattern MODEL = Pattern.compile(".*/admin/models/\\d+$");

	private static final Pattern RECALL = Pattern.compile(".*/admin/recalls/\\d+$");

	private static WebDriver browser;

	private static String axe;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demoData;

	@Autowired
	Fixtures fixtures;

	private final List<String> problems = new ArrayList<>();

	@BeforeAll
	static void start() throws IOException {
		axe = Files.readString(AXE);
		browser = Browser.start();
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void demoDataAndPhoneWidth() {
		demoData.loadIfEmpty();
		browser.manage().deleteAllCookies();
	}

	@AfterEach
	void desktopWidthAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void anonymousPagesFitAPhoneAndPassTheAccessibilityCheck() {
		checkEach(List.of("/", "/login", "/signup", "/check", "/check?serial=2502NF10001", "/forgot-password"));
		assertThat(problems).isEmpty();
	}

	@Test
	void anOwnersPagesFitAPhoneAndPassTheAccessibilityCheck() {
		signIn("owner@example.com");
		Set<String> pages = new LinkedHashSet<>(List.of("/my", "/my/products", "/my/products/new", "/my/claims",
				"/my/products/import", "/my/notifications", "/my/settings"));
		open("/my/products");
		firstLink(PRODUCT).ifPresent(product -> pages.addAll(List.of(product, product + "/sheet")));
		open("/my/claims");
		firstLink(OWNER_CLAIM).ifPresent(pages::add);
		assertThat(pages).as("a product page, its sheet and a claim page from the demo data").hasSize(10);
		checkEach(pages);
		assertThat(problems).isEmpty();
	}

	@Test
	void anAgentsPagesFitAPhoneAndPassTheAccessibilityCheck() {
		signIn("agent@example.com");
		Set<String> pages = new LinkedHashSet<>(List.of("/staff", "/staff/claims", "/staff/transfers",
				"/staff/search?q=NF"));
		open("/staff/claims");
		firstLink(STAFF_CLAIM).ifPresent(pages::add);
		open(pages.stream().filter(p -> p.startsWith("/staff/claims/")).findFirst().orElse("/staff/claims"));
		firstLink(UNIT).ifPresent(pages::add);
		assertThat(pages).as("a claim page and a unit page from the demo data").hasSize(6);
		checkEach(pages);
		assertThat(problems).isEmpty();
	}

	@Test
	void anAdministratorsPagesFitAPhoneAndPassTheAccessibilityCheck() {
		signIn("admin@example.com");
		Set<String> pages = new LinkedHashSet<>(List.of("/admin", "/admin/manufacturers", "/admin/models",
				"/admin/models/new", "/admin/models/import", "/admin/recalls", "/admin/accounts", "/admin/mail",
				"/admin/service-levels", "/admin/audit", "/admin/api-tokens", "/staff/reports"));
		open("/admin/manufacturers");
		firstLink(MANUFACTURER).ifPresent(pages::add);
		open("/admin/models");
		firstLink(MODEL).ifPresent(pages::add);
		open("/admin/recalls");
		firstLink(RECALL).ifPresent(pages::add);
		checkEach(pages);
		assertThat(problems).isEmpty();
	}

	@Test
	void theQueueAppliesAChosenFilterAtOnce() {
		signIn("agent@example.com");
		open("/staff/claims");
		assertThat(browser.findElement(By.cssSelector("td[data-label=Age]")).getText()).matches("under 1 h|\\d+ h|\\d+ d \\d+ h");
		new Select(field("status")).selectByValue("ALL");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().contains("status=ALL"));
		assertThat(new Select(field("status")).getFirstSelectedOption().getAttribute("value")).isEqualTo("ALL");
	}

	@Test
	void theHeaderFoldsItsLinksBehindAMenuOnAPhone() {
		signIn("owner@example.com");
		browser.manage().window().setSize(new Dimension(375, 800));
		open("/my/products");
		WebElement menu = browser.findElement(By.cssSelector(".menu-button"));
		WebElement header = browser.findElement(By.cssSelector(".site-header"));
		assertThat(menu.isDisplayed()).isTrue();
		assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(header.getSize().getHeight()).as("header height at 375 px").isLessThan(70);
		WebElement myClaims = browser.findElement(By.cssSelector(".site-header a[href='/my/claims']"));
		assertThat(myClaims.isDisplayed()).isFalse();

		menu.click();
		assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(myClaims.isDisplayed()).isTrue();
		Browser.clickAndWait(browser, myClaims);
		assertThat(browser.getCurrentUrl()).endsWith("/my/claims");

		browser.manage().window().setSize(new Dimension(1280, 900));
		assertThat(browser.findElement(By.cssSelector(".menu-button")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector(".site-header a[href='/my/products']")).isDisplayed()).isTrue();
	}

	@Test
	void aNewOwnersJourneyAtPhoneWidthNeverScrollsSideways() throws IOException {
		Catalogue catalogue = fixtures.catalogue();
		Path photo = Files.createTempFile("fault", ".png");
		Files.write(photo, Fixtures.PNG);
		browser.manage().window().setSize(new Dimension(375, 800));
		String email = "phone-" + Fixtures.unique() + "@example.com";

		open("/signup");
		fitsAndPasses();
		field("email").sendKeys(email);
		field("password").sendKeys("short");
		click("Create account");
		// Refused: the problems are listed at the top, each linked to its field, and the address is kept.
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("between 12 and 128");
		assertThat(field("email").getAttribute("value")).isEqualTo(email);
		fitsAndPasses();
		field("password").sendKeys("violet tractor sings at noon");
		click("Create account");
		assertThat(browser.getCurrentUrl()).endsWith("/my");
		fitsAndPasses();

		open("/my/products/new?q=" + catalogue.fridge().getModelNumber());
		fitsAndPasses();
		Browser.clickAndWait(browser, browser.findElement(By.partialLinkText(catalogue.fridge().getModelNumber())));
		fitsAndPasses();
		field("serial").sendKeys(catalogue.registeredFridgeSerial(2));
		typeDate("purchaseDate", LocalDate.now().minusMonths(3));
		field("retailer").sendKeys("Kitchen World");
		field("price").sendKeys("899");
		click("Register product");
		assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("registered");
		fitsAndPasses();

		Browser.clickAndWait(browser, browser.findElement(By.linkText("File a warranty claim")));
		fitsAndPasses();
		typeDate("failureDate", LocalDate.now().minusDays(2));
		new Select(field("component")).selectByValue("compressor");
		browser.findElement(By.cssSelector("input[name=cause][value=STOPPED_BY_ITSELF]")).click();
		field("description").sendKeys("It stopped cooling overnight; the compressor never starts.");
		click("Check my coverage first");
		fitsAndPasses();
		click("Submit claim");
		assertThat(browser.findElement(By.cssSelector("h1 span")).getText()).matches("WC-\\d{4}-\\d{6}");
		fitsAndPasses();
		open("/my/claims");
		fitsAndPasses();
		open("/my/products");
		fitsAndPasses();

		assertThat(problems).isEmpty();
	}

	/** Each page at phone width (no sideways scrolling) and at both widths through axe. */
	private void checkEach(Iterable<String> paths) {
		for (String path : paths) {
			browser.manage().window().setSize(new Dimension(375, 800));
			open(path);
			fitsAndPasses();
			browser.manage().window().setSize(new Dimension(1280, 900));
			open(path);
			passes();
		}
	}

	private void fitsAndPasses() {
		String overflow = (String) js().executeScript("""
				const width = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= width + 1) return null;
				const wide = [...document.body.querySelectorAll('*')]
				  .filter((e) => e.getBoundingClientRect().right > width + 1
				    && e.parentElement.getBoundingClientRect().right <= width + 1)
				  .slice(0, 4)
				  .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
				    + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
				    + ' "' + (e.textContent || '').trim().slice(0, 30) + '" to ' + Math.round(e.getBoundingClientRect().right));
				return document.documentElement.scrollWidth + ' px wide: ' + wide.join(', ');
				""");
		if (overflow != null) {
			problems.add(location() + " at 375 px scrolls sideways, " + overflow);
		}
		passes();
	}

	@SuppressWarnings("unchecked")
	private void passes() {
		js().executeScript(axe);
		List<Object> violations = (List<Object>) js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((result) => done(result.violations
				    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				    .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at '
				      + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))))
				  .catch((error) => done(['axe failed: ' + error]));
				""");
		violations.forEach(v -> problems.add(location() + " " + v));
	}

	private String location() {
		String url = browser.getCurrentUrl();
		return url.substring(url.indexOf('/', "http://".length())) + " ("
				+ browser.manage().window().getSize().getWidth() + " px)";
	}

	private java.util.Optional<String> firstLink(Pattern pattern) {
		return browser.findElements(By.cssSelector("main a[href]"))
			.stream()
			.map(a -> a.getAttribute("href"))
			.filter(href -> pattern.matcher(href).matches())
			.map(href -> href.substring(href.indexOf('/', "http://".length())))
			.findFirst();
	}

	private void signIn(String email) {
		open("/login");
		field("email").sendKeys(email);
		field("password").sendKeys(DemoData.PASSWORD);
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main button[type=submit]")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private WebElement field(String id) {
		return browser.findElement(By.id(id));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

	private void typeDate(String id, LocalDate date) {
		Browser.typeDate(browser, field(id), date);
	}

	private void click(String buttonText) {
		Browser.clickButton(browser, buttonText);
	}
}
