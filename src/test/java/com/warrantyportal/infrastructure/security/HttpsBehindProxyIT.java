package com.warrantyportal.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.warrantyportal.support.MySqlIntegrationTest;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile as a proxy that ends TLS sees it, through a real server (MockMvc has no Tomcat valves): the
 * session cookie only ever travels over HTTPS, HTTPS answers carry Strict-Transport-Security and every answer a
 * Permissions-Policy, and X-Forwarded-* headers are believed from the trusted proxy alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mysql")
class HttpsBehindProxyIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlIntegrationTest.testProperties(registry);
	}

	@Autowired
	WebServerApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + context.getWebServer().getPort() + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSessionCookieIsSecureEvenWhenTheProxyForgetsToSayHttps() throws Exception {
		// A private page opened without signing in keeps where to go back to in a new session.
		HttpResponse<String> response = get("/my/products");

		String session = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
	}

	@Test
	void httpsThroughTheTrustedProxyGetsStrictTransportSecurity() throws Exception {
		HttpResponse<String> https = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

		assertThat(https.statusCode()).isEqualTo(200);
		assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(https.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("camera=()"));
		assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void forwardedHeadersAreBelievedFromThisMachineOnlyUnlessConfigured() {
		RemoteIpValve valve = Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat()
			.getEngine()
			.getPipeline()
			.getValves()).filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst().orElseThrow();
		Pattern trusted = Pattern.compile(valve.getInternalProxies());

		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		// Tomcat's own default trusts every private network; a neighbour there must not choose its address.
		assertThat(trusted.matcher("10.0.0.7").matches()).isFalse();
		assertThat(trusted.matcher("192.168.1.20").matches()).isFalse();
		assertThat(trusted.matcher("172.17.0.2").matches()).isFalse();
	}
}
