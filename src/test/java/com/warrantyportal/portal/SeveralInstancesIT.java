package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.warrantyportal.WarrantyPortalApplication;
import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.notification.internal.OutboxScheduler;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.S3Server;
import com.warrantyportal.support.TestDatabase;
import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImportStatus;
import com.warrantyportal.unit.RegistryImports;
import com.warrantyportal.unit.UnitService;
import com.warrantyportal.unit.internal.RegistryImportWorker;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two instances of the portal, as two servers behind a load balancer would run them: two application contexts on two
 * ports in this JVM, on one fresh database, one S3 bucket for uploaded files (each with a folder of its own, unused)
 * and one mail server. What one instance does the other sees: a session, the sign-in throttle, an uploaded file; what
 * both try, happens once: sending the outbox, running an import.
 */
class SeveralInstancesIT {

	private static final String PASSWORD = "violet tractor sings at noon";

	private static final int SMTP_PORT = 3125;

	private static final String BUCKET = "instances-uploads";

	private static GreenMail smtp;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	static void start() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		Map<String, String> database = TestDatabase.fresh("instances");
		S3Server.shared().bucket(BUCKET);
		first = instance(database, 1);
		second = instance(database, 2);
	}

	private static ConfigurableApplicationContext instance(Map<String, String> database, int number) {
		Map<String, Object> properties = new HashMap<>(database);
		properties.put("server.port", "0");
		properties.put("spring.jmx.enabled", "false");
		properties.put("warranty.uploads-dir", "target/test-uploads-instance-" + number);
		properties.put("warranty.uploads.s3.bucket", BUCKET);
		properties.put("warranty.uploads.s3.endpoint", S3Server.shared().endpoint());
		properties.put("warranty.uploads.s3.access-key", S3Server.ACCESS_KEY);
		properties.put("warranty.uploads.s3.secret-key", S3Server.SECRET_KEY);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(SMTP_PORT));
		// The scheduled jobs run as in production, only more often, and race the test's own calls.
		properties.put("warranty.mail.send-interval", "300ms");
		properties.put("warranty.registry-import.watch-interval", "200ms");
		properties.put("warranty.registry-import.pick-up-after", "0s");
		// As command-line arguments, so they come before the profile's own properties file.
		return new SpringApplicationBuilder(WarrantyPortalApplication.class).profiles("mysql")
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	private static String base(ConfigurableApplicationContext instance) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	private static Fixtures fixtures(ConfigurableApplicationContext instance) {
		return new Fixtures(instance.getBean(AccountService.class), instance.getBean(CatalogService.class),
				instance.getBean(UnitService.class), instance.getBean(OwnerProducts.class));
	}

	@Test
	void aUserSignedInOnOneInstanceCarriesOnOnTheOtherAndSignsOutOfBoth() throws Exception {
		String email = "two-" + Fixtures.unique() + "@example.com";
		first.getBean(AccountService.class).signUpOwner(email, PASSWORD, "Ines Twofold");
		Browser browser = new Browser();

		HttpResponse<String> signedIn = browser.signIn(base(first), email, PASSWORD);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));

		HttpResponse<String> products = browser.get(base(second) + "/my/products");
		assertThat(products.statusCode()).isEqualTo(200);
		assertThat(products.body()).contains("Ines Twofold");

		browser.post(base(second) + "/logout", Map.of("_csrf", browser.csrfFrom(base(second) + "/my/products")));
		HttpResponse<String> afterSignOut = browser.get(base(first) + "/my/products");
		assertThat(afterSignOut.statusCode()).isEqualTo(302);
		assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void aReceiptUploadedThroughOneInstanceDownloadsFromTheOther() throws Exception {
		String email = "receipt-" + Fixtures.unique() + "@example.com";
		Account owner = first.getBean(AccountService.class).signUpOwner(email, PASSWORD, "Rhea Receipt");
		Fixtures onFirst = fixtures(first);
		long fileId = onFirst.registeredTv(owner, onFirst.catalogue(), LocalDate.of(2025, 3, 10)).getProofFileId();
		Browser browser = new Browser();
		browser.signIn(base(first), email, PASSWORD);

		HttpResponse<String> download = browser.get(base(second) + "/my/files/" + fileId);

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.body()).isEqualTo(new String(Fixtures.PDF, StandardCharsets.ISO_8859_1));
	}

	@Test
	void pagesReadTheSharedSessionWithoutWritingItBackEachTime() throws Exception {
		String email = "reader-" + Fixtures.unique() + "@example.com";
		first.getBean(AccountService.class).signUpOwner(email, PASSWORD, "Rita Reader");
		Browser browser = new Browser();
		browser.signIn(base(first), email, PASSWORD);
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		String lastAccess = "SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?";
		long signedIn = jdbc.queryForObject(lastAccess, Long.class, email);

		for (ConfigurableApplicationContext instance : List.of(second, first, second, first)) {
			HttpResponse<String> products = browser.get(base(instance) + "/my/products");
			assertThat(products.statusCode()).isEqualTo(200);
			assertThat(products.body()).contains("Rita Reader");
		}

		// Written back once it has moved a minute (a session may time out up to a minute early), not on every page.
		assertThat(jdbc.queryForObject(lastAccess, Long.class, email)).isEqualTo(signedIn);
	}

	@Test
	void failedSignInsCountedOnOneInstanceTurnTheClientAwayOnTheOther() throws Exception {
		String email = "guessed-" + Fixtures.unique() + "@example.com";
		first.getBean(AccountService.class).signUpOwner(email, PASSWORD, "Guessed");
		Browser attacker = new Browser();
		for (int attempt = 0; attempt < 10; attempt++) {
			HttpResponse<String> failed = attacker.signIn(base(first), email, "wrong password " + attempt);
			assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}

		// The same client (every request here comes from 127.0.0.1), even with a fresh browser and the right password.
		HttpResponse<String> locked = new Browser().signIn(base(second), email, PASSWORD);

		assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
	}

	@Test
	void theOutboxIsSentOnceWhenBothInstancesSendAtTheSameTime() throws Exception {
		String run = Fixtures.unique();
		List<String> recipients = IntStream.range(0, 40).mapToObj(n -> "mail" + n + "-" + run + "@example.com").toList();
		MailOutbox outbox = first.getBean(MailOutbox.class);
		first.getBean(org.springframework.transaction.support.TransactionTemplate.class)
			.executeWithoutResult(status -> recipients
				.forEach(to -> outbox.queue(to, "Once " + run, "Sent once.", "<p>Sent once.</p>")));

		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> sends = both.invokeAll(List.<Callable<Object>>of(() -> {
				first.getBean(OutboxScheduler.class).send();
				return null;
			}, () -> {
				second.getBean(OutboxScheduler.class).send();
				return null;
			}));
			for (Future<Object> send : sends) {
				send.get();
			}
		}
		finally {
			both.shutdownNow();
		}
		long deadline = System.currentTimeMillis() + 20_000;
		while (outbox.pending() > 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		Thread.sleep(1500); // both schedulers have had their turns again by now

		Map<String, Long> received = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> subjectOf(message).equals("Once " + run))
			.collect(Collectors.groupingBy(SeveralInstancesIT::recipientOf, Collectors.counting()));
		assertThat(received).hasSize(40).allSatisfy((recipient, times) -> assertThat(times).isEqualTo(1L));
		assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
	}

	@Test
	void anImportBothInstancesReachForRunsOnce() throws Exception {
		Fixtures.Catalogue catalogue = fixtures(first).catalogue();
		com.warrantyportal.account.PortalUser admin = Fixtures.user(fixtures(first).staff(Role.ADMIN));
		StringBuilder csv = new StringBuilder("serial,model_number,manufacture_date,ship_date,region\n");
		for (int n = 0; n < 3000; n++) {
			csv.append(catalogue.registeredFridgeSerial(10_000 + n))
				.append(',')
				.append(catalogue.fridge().getModelNumber())
				.append(",2024-03-11,,\n");
		}
		RegistryImportWorker secondWorker = second.getBean(RegistryImportWorker.class);

		// The first instance queues the import and its worker starts it; the second reaches for it meanwhile.
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		RegistryImport queued;
		try {
			queued = first.getBean(RegistryImports.class)
				.start(catalogue.registryMaker().getId(), "registry.csv",
						new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), admin.getUsername());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		for (int reach = 0; reach < 20; reach++) {
			secondWorker.pickUpWaiting();
		}

		JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
		long deadline = System.currentTimeMillis() + 60_000;
		Map<String, Object> done = jdbc.queryForMap("SELECT * FROM registry_import WHERE id = ?", queued.getId());
		while (!List.of("COMPLETED", "FAILED", "INTERRUPTED").contains(done.get("status"))
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			done = jdbc.queryForMap("SELECT * FROM registry_import WHERE id = ?", queued.getId());
		}
		assertThat(done).containsEntry("status", RegistryImportStatus.COMPLETED.name())
			.containsEntry("rows_read", 3000L)
			.containsEntry("rows_loaded", 3000L)
			.containsEntry("rows_rejected", 0L)
			.containsEntry("rows_at_run_start", 0L);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM serial_registry_entry WHERE import_id = ?", Long.class,
				queued.getId())).isEqualTo(3000);
	}

	private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipientOf(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One browser: keeps the cookies (the session's, the CSRF token's), whichever instance set them, as a browser
	 * behind a load balancer does.
	 */
	private static final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

		HttpResponse<String> get(String url) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(url)).GET());
		}

		HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		String csrfFrom(String url) throws Exception {
			HttpResponse<String> page = get(url);
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("a form with a CSRF token on %s", url).isTrue();
			return matcher.group(1);
		}

		HttpResponse<String> signIn(String base, String email, String password) throws Exception {
			return post(base + "/login", Map.of("email", email, "password", password, "_csrf", csrfFrom(base + "/login")));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet()
					.stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || cookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return response;
		}
	}
}
