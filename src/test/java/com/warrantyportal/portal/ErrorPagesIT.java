package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.account.Account;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real server's error pages (403, 404, 400) are the portal's own and leak nothing about its insides. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesIT extends MySqlIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@DynamicPropertySource
	static void plainHttpCookies(DynamicPropertyRegistry registry) {
		// Plain HTTP to 127.0.0.1: unlike a browser, Java's cookie store sends no Secure cookie there.
		registry.add("server.servlet.session.cookie.secure", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	HttpClient http;

	@BeforeEach
	void signIn() throws Exception {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Account owner = fixtures.owner();
		String login = get("/login").body();
		Matcher token = CSRF.matcher(login);
		assertThat(token.find()).isTrue();
		String form = "email=" + owner.getEmail() + "&password=violet+tractor+sings+at+noon&_csrf=" + token.group(1);
		http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("org.springframework")
			.doesNotContain("Whitelabel");
	}

	@Test
	void aMissingProductShowsTheNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/my/products/987654321");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page").contains("Warranty Portal");
		assertNoInternals(response.body());
	}

	@Test
	void aMalformedIdShowsAPlainErrorPage() throws Exception {
		HttpResponse<String> response = get("/my/claims/new?product=not-a-number");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("That did not work");
		assertNoInternals(response.body());
	}

	@Test
	void anUploadFarOverTheLimitGetsAPlainTooLargePage() throws Exception {
		Matcher token = CSRF.matcher(get("/my/products").body());
		assertThat(token.find()).isTrue();
		String boundary = "----portal" + Fixtures.unique();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"huge.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + 40 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/my/products"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("That file is far too large").contains("at most 10 MB");
		assertNoInternals(response.body());
	}

	@Test
	void aStaffPageShowsTheForbiddenPageToAnOwner() throws Exception {
		HttpResponse<String> response = get("/staff/claims");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You cannot open this page");
		assertNoInternals(response.body());
	}
}
