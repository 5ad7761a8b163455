package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.warrantyportal.account.Account;
import com.warrantyportal.support.DatabaseProxy;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running portal (a proxy the test cuts) and comes back: pages answer quickly with
 * the 503 "temporarily unavailable" page instead of hanging and failing with a 500, the health check answers
 * within a second, signing in says the service is unavailable rather than that the password is wrong, and
 * everything works again, the same session still signed in, once the database is back — without a restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mysql")
@Import(Fixtures.class)
class DatabaseOutageIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static DatabaseProxy proxy;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		MySqlIntegrationTest.testProperties(registry);
		String url = TestDatabase.properties().get("spring.datasource.url");
		Matcher server = Pattern.compile("jdbc:mysql://([^/:]+)(?::(\\d+))?(/.*)").matcher(url);
		if (!server.matches()) {
			throw new IllegalStateException("Unexpected test database URL " + url);
		}
		proxy = new DatabaseProxy(server.group(1), server.group(2) == null ? 3306 : Integer.parseInt(server.group(2)));
		registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + proxy.port() + server.group(3));
		// Plain HTTP to 127.0.0.1: unlike a browser, Java's cookie store sends no Secure cookie there.
		registry.add("server.servlet.session.cookie.secure", () -> "false");
	}

	@AfterAll
	static void closeProxy() throws IOException {
		proxy.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(40))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> signIn(HttpClient client, String email) throws Exception {
		Matcher csrf = CSRF.matcher(get(client, "/login").body());
		assertThat(csrf.find()).isTrue();
		String form = Map.of("email", email, "password", Fixtures.PASSWORD, "_csrf", csrf.group(1))
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(40))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	@Test
	void anOutageGivesAQuickFriendly503AndThePortalRecoversWithoutARestart() throws Exception {
		Account owner = fixtures.owner();
		assertThat(signIn(browser, owner.getEmail()).headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/home"));
		assertThat(get(browser, "/my/products").statusCode()).isEqualTo(200);
		// Sign-in form fetched before the outage: the owner types and sends it during the outage.
		HttpClient second = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		proxy.cut();
		try {
			long started = System.nanoTime();
			HttpResponse<String> page = get(browser, "/my/products");
			assertThat(since(started)).as("fails fast, not after the pool's 30 s").isLessThan(Duration.ofSeconds(10));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).contains("30");
			assertThat(page.body()).contains("temporarily unavailable").contains("Nothing you sent was lost")
				.doesNotContain("Exception").doesNotContain("Something went wrong");

			// As a load balancer asks: no cookies.
			started = System.nanoTime();
			HttpResponse<String> health = get(HttpClient.newHttpClient(), "/actuator/health");
			assertThat(since(started)).as("health answers in about a second, before the pool's 3 s wait for a connection")
				.isLessThan(Duration.ofMillis(2500));
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");

			HttpResponse<String> signingIn = signIn(second, owner.getEmail());
			assertThat(signingIn.body() + signingIn.headers().map()).doesNotContain("do not match");
			assertThat(signingIn.statusCode()).isEqualTo(503);
			assertThat(signingIn.body()).contains("temporarily unavailable");
		}
		finally {
			proxy.restore();
		}

		HttpResponse<String> back = null;
		long started = System.nanoTime();
		while (since(started).compareTo(Duration.ofSeconds(30)) < 0) {
			back = get(browser, "/my/products");
			if (back.statusCode() == 200) {
				break;
			}
			Thread.sleep(250);
		}
		assertThat(back.statusCode()).as("the same session works again").isEqualTo(200);
		assertThat(get(browser, "/actuator/health").body()).contains("UP");
	}
}
