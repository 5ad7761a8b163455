package com.warrantyportal.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import com.warrantyportal.account.Account;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.infrastructure.OldRows;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Webhooks against a local HTTP server: a claim's change of status is delivered signed with the webhook's secret,
 * retried after a refusal, recorded per attempt; other manufacturers' claims are not sent; refusals are problems.
 */
@AutoConfigureMockMvc
class WebhooksIT extends MySqlIntegrationTest {

	/** What the receiving server got: headers and body of each request. */
	record Received(Map<String, List<String>> headers, String body) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiClients clients;

	@Autowired
	ClaimService claims;

	@Autowired
	WebhookSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiRetention retention;

	private HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	/** The status codes the server answers, in turn; 200 once they run out. */
	private final List<Integer> answers = new CopyOnWriteArrayList<>();

	private final AtomicInteger calls = new AtomicInteger();

	private Fixtures.Catalogue catalogue;

	@BeforeEach
	void setUp() throws IOException {
		catalogue = fixtures.catalogue();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hooks", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
			int n = calls.getAndIncrement();
			int status = n < answers.size() ? answers.get(n) : 200;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
		// Deliveries of earlier tests (other manufacturers' webhooks) are not this test's.
		jdbc.update("UPDATE webhook_delivery SET status = 'FAILED' WHERE status = 'PENDING'");
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	private String issue(ApiScope scope, Long manufacturerId) {
		return TestTokens.issue(clients, scope, manufacturerId);
	}

	/** Registers the local server for the TV maker; answers the webhook's id and secret. */
	private String[] register(String token) throws Exception {
		String answer = mvc.perform(post("/api/v1/webhooks").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"" + url() + "\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return new String[] { String.valueOf((Integer) JsonPath.read(answer, "$.id")), JsonPath.read(answer, "$.secret") };
	}

	private Claim fileOnTheTv() {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		return claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1), "panel",
				Cause.DEFECT, "Dark stripes.");
	}

	@Test
	void aClaimsChangeIsDeliveredSignedAndARefusedDeliveryIsRetried() throws Exception {
		String token = issue(ApiScope.MANUFACTURER, catalogue.plainMaker().getId());
		String[] webhook = register(token);
		answers.add(500);
		Claim claim = fileOnTheTv();
		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);

		assertThat(sender.sendDue()).as("the first refused (500), the second delivered").isOne();
		assertThat(received).hasSize(2);
		assertThat(sender.sendDue()).as("not due again before its wait").isZero();
		jdbc.update("UPDATE webhook_delivery SET next_attempt_at = ? WHERE webhook_id = ? AND status = 'PENDING'",
				LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1), Long.parseLong(webhook[0]));
		assertThat(sender.sendDue()).isOne();
		assertThat(received).hasSize(3);

		for (Received delivery : received.subList(1, 3)) {
			String timestamp = delivery.headers().get("X-warranty-timestamp").get(0);
			assertThat(delivery.headers().get("X-warranty-signature").get(0))
				.isEqualTo("sha256=" + WebhookSender.sign(webhook[1], timestamp + "." + delivery.body()));
			assertThat(delivery.headers().get("X-warranty-event").get(0)).isEqualTo("claim.status_changed");
		}
		assertThat(received).extracting(r -> (String) JsonPath.read(r.body(), "$.claim.status"))
			.containsExactlyInAnyOrder("SUBMITTED", "IN_REVIEW", "SUBMITTED");
		assertThat(received.get(0).body()).contains(claim.getNumber()).contains(catalogue.tv().getModelNumber())
			.doesNotContain("Owner");

		String deliveries = mvc.perform(get("/api/v1/webhooks/{id}/deliveries", webhook[0])
			.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andReturn().getResponse().getContentAsString();
		List<Integer> attempts = JsonPath.read(deliveries, "$[*].attempts");
		List<String> states = JsonPath.read(deliveries, "$[*].status");
		assertThat(states).containsOnly("DELIVERED");
		assertThat(attempts).containsExactlyInAnyOrder(1, 2);
		mvc.perform(get("/api/v1/webhooks").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[0].delivered").value(2))
			.andExpect(jsonPath("$[0].secret").doesNotExist());
	}

	@Test
	void anotherManufacturersClaimsAreNotSentAndRefusalsAreProblems() throws Exception {
		String fridgeMaker = issue(ApiScope.MANUFACTURER, catalogue.registryMaker().getId());
		String[] webhook = register(fridgeMaker);
		fileOnTheTv();
		assertThat(sender.sendDue()).isZero();
		assertThat(received).isEmpty();

		mvc.perform(post("/api/v1/webhooks").header("Authorization", "Bearer " + issue(ApiScope.RETAILER, null))
			.contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"" + url() + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/webhooks").header("Authorization", "Bearer " + fridgeMaker)
			.contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"ftp://example.com/x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("url"));
		String tvMaker = issue(ApiScope.MANUFACTURER, catalogue.plainMaker().getId());
		mvc.perform(delete("/api/v1/webhooks/{id}", webhook[0]).header("Authorization", "Bearer " + tvMaker))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/webhooks/{id}/deliveries", webhook[0]).header("Authorization", "Bearer " + tvMaker))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/webhooks/{id}", webhook[0]).header("Authorization", "Bearer " + fridgeMaker))
			.andExpect(status().isNoContent());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook WHERE id = ?", Integer.class,
				Long.parseLong(webhook[0]))).isZero();
	}

	/** Adds a delivery to the webhook, as old as given; answers its id. */
	private long delivery(String webhookId, String status, Duration age) {
		jdbc.update("INSERT INTO webhook_delivery (webhook_id, event, payload, status, created_at, next_attempt_at) "
				+ "VALUES (?, 'claim.status_changed', '{}', ?, ?, ?)", Long.parseLong(webhookId), status,
				LocalDateTime.now(ZoneOffset.UTC).minus(age),
				LocalDateTime.now(ZoneOffset.UTC).plusDays(1));
		return jdbc.queryForObject("SELECT MAX(id) FROM webhook_delivery", Long.class);
	}

	private List<Long> deliveriesOf(String webhookId) {
		return jdbc.queryForList("SELECT id FROM webhook_delivery WHERE webhook_id = ? ORDER BY id", Long.class,
				Long.parseLong(webhookId));
	}

	@Test
	void deliveriesFinishedLongerAgoThanTheKeepingTimeAreRemovedInBatchesAndPendingOnesStay() throws Exception {
		String[] webhook = register(issue(ApiScope.MANUFACTURER, catalogue.plainMaker().getId()));
		long oldDelivered = delivery(webhook[0], "DELIVERED", Duration.ofDays(31));
		long oldFailed = delivery(webhook[0], "FAILED", Duration.ofDays(40));
		long oldPending = delivery(webhook[0], "PENDING", Duration.ofDays(45));
		long recentDelivered = delivery(webhook[0], "DELIVERED", Duration.ofDays(29));
		// More than one batch of old ones: the clean-up goes on until none is left.
		LocalDateTime longAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(60);
		jdbc.batchUpdate("INSERT INTO webhook_delivery (webhook_id, event, payload, status, created_at) "
				+ "VALUES (?, 'claim.status_changed', '{}', 'DELIVERED', ?)",
				IntStream.range(0, OldRows.BATCH + 7)
					.mapToObj(i -> new Object[] { Long.parseLong(webhook[0]), longAgo })
					.toList());

		retention.removeOld();

		assertThat(deliveriesOf(webhook[0])).containsExactly(oldPending, recentDelivered)
			.doesNotContain(oldDelivered, oldFailed);
		mvc.perform(get("/api/v1/webhooks/{id}/deliveries", webhook[0])
			.header("Authorization", "Bearer " + issue(ApiScope.MANUFACTURER, catalogue.plainMaker().getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void anIdempotencyKeyIsRememberedForItsKeepingTimeAndANewRequestAfterwards() throws Exception {
		String token = issue(ApiScope.MANUFACTURER, catalogue.plainMaker().getId());
		String key = "hook-" + Fixtures.unique();
		String body = "{\"url\":\"" + url() + "\"}";
		String first = mvc.perform(post("/api/v1/webhooks").header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		jdbc.update("UPDATE api_idempotency SET created_at = ? WHERE idem_key = ?",
				LocalDateTime.now(ZoneOffset.UTC).minusDays(6), key);
		retention.removeOld();
		mvc.perform(post("/api/v1/webhooks").header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value((Integer) JsonPath.read(first, "$.id")));

		jdbc.update("UPDATE api_idempotency SET created_at = ? WHERE idem_key = ?",
				LocalDateTime.now(ZoneOffset.UTC).minusDays(8), key);
		retention.removeOld();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_idempotency WHERE idem_key = ?", Integer.class, key))
			.isZero();
		String again = mvc.perform(post("/api/v1/webhooks").header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(again, "$.id")).isNotEqualTo((Integer) JsonPath.read(first, "$.id"));
	}
}
