package com.warrantyportal.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.ApiTokens;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The integration API end to end on MariaDB: tokens issued and revoked on the administrators' page, every endpoint
 * with the token it is for, and every refusal (no token, unknown, revoked or expired token, wrong scope, another
 * organisation's data, bad input), idempotent retries, and the OpenAPI document listing every route.
 */
@AutoConfigureMockMvc
class ApiIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Account admin;

	private Fixtures.Catalogue catalogue;

	@BeforeEach
	void setUp() {
		admin = fixtures.staff(Role.ADMIN);
		catalogue = fixtures.catalogue();
	}

	private String token(String scope, Long manufacturerId) throws Exception {
		return ApiTokens.issue(mvc, admin, scope, manufacturerId);
	}

	private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return ApiTokens.as(token, request);
	}

	@Test
	void aTokenIsShownOnceKeptOnlyAsItsHashAndAuditedAndARevokedOrExpiredOneNoLongerOpensTheApi() throws Exception {
		String token = token("READ_ONLY", null);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_client WHERE token_hash = ?", Integer.class, token))
			.isZero();
		long id = jdbc.queryForObject("SELECT id FROM api_client WHERE token_hash = ?", Long.class,
				ApiClients.hash(token));
		mvc.perform(get("/admin/api-tokens").with(user(Fixtures.user(admin))))
			.andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(containsString(token.substring(0, 10) + "…")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_TOKEN_ISSUED' "
				+ "AND target_id = ?", Integer.class, String.valueOf(id))).isOne();

		String serial = catalogue.registeredFridgeSerial(1);
		mvc.perform(as(token, get("/api/v1/serials/{s}", serial))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_client WHERE id = ?", java.time.LocalDateTime.class,
				id)).isNotNull();

		mvc.perform(get("/api/v1/serials/{s}", serial))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(as("wpt_not-a-token", get("/api/v1/serials/{s}", serial)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Unknown API token"));

		long version = jdbc.queryForObject("SELECT version FROM api_client WHERE id = ?", Long.class, id);
		mvc.perform(post("/admin/api-tokens/{id}/revoke", id).param("version", String.valueOf(version)).with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isFound());
		mvc.perform(as(token, get("/api/v1/serials/{s}", serial))).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_TOKEN_REVOKED' "
				+ "AND target_id = ?", Integer.class, String.valueOf(id))).isOne();

		String expiring = token("READ_ONLY", null);
		jdbc.update("UPDATE api_client SET expires_at = ? WHERE token_hash = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), ApiClients.hash(expiring));
		mvc.perform(as(expiring, get("/api/v1/serials/{s}", serial))).andExpect(status().isUnauthorized());
	}

	@Test
	void theTokenFormReportsEachProblemBesideItsField() throws Exception {
		mvc.perform(post("/admin/api-tokens").with(csrf()).with(user(Fixtures.user(admin)))
			.param("organisation", " ").param("scope", "MANUFACTURER").param("validDays", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the organisation the token is for")))
			.andExpect(content().string(containsString("A manufacturer&#39;s token speaks for one manufacturer")))
			.andExpect(content().string(containsString("Choose how long the token lasts from the list")))
			.andExpect(content().string(not(containsString("value=\"wpt_"))));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_client WHERE organisation = ' '", Integer.class))
			.isZero();
	}

	@Test
	void anyTokenChecksASerialWithThePublicCheckAnswer() throws Exception {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		String serial = jdbc.queryForObject("SELECT serial_display FROM unit WHERE id = ?", String.class, tv.getUnitId());
		String retailer = token("RETAILER", null);
		mvc.perform(as(retailer, get("/api/v1/serials/{s}", serial.toLowerCase())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units", hasSize(1)))
			.andExpect(jsonPath("$.units[0].modelNumber").value(catalogue.tv().getModelNumber()))
			.andExpect(jsonPath("$.units[0].registry").value("NO_REGISTRY"))
			.andExpect(jsonPath("$.units[0].stolen").value(false))
			.andExpect(content().string(not(containsString(owner.getEmail()))))
			.andExpect(header().exists("RateLimit-Remaining"));
		mvc.perform(as(retailer, get("/api/v1/serials/{s}", "X".repeat(70))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("serial"));
	}

	@Test
	void aManufacturerSyncsItsOwnClaimsPageByPageAndNoOneElses() throws Exception {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		for (int i = 0; i < 3; i++) {
			claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1), "panel",
					Cause.DEFECT, "Stripes " + i);
		}
		String tvMaker = token("MANUFACTURER", catalogue.plainMaker().getId());
		String first = mvc.perform(as(tvMaker, get("/api/v1/claims").param("limit", "2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.claims", hasSize(2)))
			.andExpect(jsonPath("$.more").value(true))
			.andExpect(jsonPath("$.claims[0].modelNumber").value(catalogue.tv().getModelNumber()))
			.andExpect(content().string(not(containsString(owner.getEmail()))))
			.andReturn().getResponse().getContentAsString();
		String next = JsonPath.read(first, "$.next");
		mvc.perform(as(tvMaker, get("/api/v1/claims").param("since", next).param("limit", "2")))
			.andExpect(jsonPath("$.claims", hasSize(1)))
			.andExpect(jsonPath("$.claims[0].component").value("panel"))
			.andExpect(jsonPath("$.more").value(false));

		String readerOfTvMaker = token("READ_ONLY", catalogue.plainMaker().getId());
		mvc.perform(as(readerOfTvMaker, get("/api/v1/claims"))).andExpect(jsonPath("$.claims", hasSize(3)));
		mvc.perform(as(token("MANUFACTURER", catalogue.registryMaker().getId()), get("/api/v1/claims")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.claims", hasSize(0)));
		mvc.perform(as(token("RETAILER", null), get("/api/v1/claims")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(as(tvMaker, get("/api/v1/claims").param("since", "yesterday")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("since"));
	}

	@Test
	void aManufacturerOpensARecallOncePerIdempotencyKeyAndClosesIt() throws Exception {
		String maker = token("MANUFACTURER", catalogue.registryMaker().getId());
		String body = """
				{"title":"Door hinge may crack","component":"door","remedy":"A new hinge, fitted free.",
				 "modelNumbers":["%s"]}""".formatted(catalogue.fridge().getModelNumber().toLowerCase());
		String key = "recall-" + Fixtures.unique();
		String created = mvc.perform(as(maker, post("/api/v1/recalls")).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/recalls/")))
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.modelNumbers[0]").value(catalogue.fridge().getModelNumber()))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(created, "$.id");
		mvc.perform(as(maker, post("/api/v1/recalls")).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(id));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recall_campaign WHERE manufacturer_id = ?", Integer.class,
				catalogue.registryMaker().getId())).isOne();
		mvc.perform(as(maker, post("/api/v1/recalls")).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body.replace("Door hinge", "Door seal")))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(as(maker, post("/api/v1/recalls")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"modelNumbers\":[\"NO-SUCH\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("title", "remedy")));
		mvc.perform(as(maker, post("/api/v1/recalls")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace(catalogue.fridge().getModelNumber().toLowerCase(), catalogue.tv().getModelNumber())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("is not a model number of your catalogue")));
		mvc.perform(as(maker, post("/api/v1/recalls")).contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest());
		mvc.perform(as(token("READ_ONLY", catalogue.registryMaker().getId()), post("/api/v1/recalls"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(as(token("MANUFACTURER", catalogue.plainMaker().getId()), get("/api/v1/recalls/{id}", id)))
			.andExpect(status().isNotFound());

		int version = JsonPath.read(mvc.perform(as(maker, get("/api/v1/recalls/{id}", id))).andReturn().getResponse()
			.getContentAsString(), "$.version");
		mvc.perform(as(maker, patch("/api/v1/recalls/{id}", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Door hinge may crack\",\"remedy\":\"A new hinge, fitted at home.\",\"version\":"
					+ version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.remedy").value("A new hinge, fitted at home."));
		mvc.perform(as(maker, patch("/api/v1/recalls/{id}", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Stale\",\"remedy\":\"Stale\",\"version\":" + version + "}"))
			.andExpect(status().isConflict());
		mvc.perform(as(maker, post("/api/v1/recalls/{id}/close", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(false));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action IN ('RECALL_OPENED', "
				+ "'RECALL_REWORDED', 'RECALL_CLOSED') AND target_id = ? AND actor LIKE 'api:%'", Integer.class, String.valueOf(id)))
			.isEqualTo(3);
	}

	@Test
	void aManufacturerUpsertsItsRegistryInABatchAndReadsHowItWent() throws Exception {
		String maker = token("MANUFACTURER", catalogue.registryMaker().getId());
		String body = """
				{"rows":[
				 {"serial":"2412%1$s70001","modelNumber":"%2$s","manufactureDate":"2024-03-18"},
				 {"serial":"2412%1$s70002","modelNumber":"%2$s","manufactureDate":"2024-03-18","region":"UK"},
				 {"serial":"2412%1$s70003","modelNumber":"NO-SUCH-MODEL","manufactureDate":"2024-03-18"}]}"""
			.formatted(catalogue.prefix(), catalogue.fridge().getModelNumber());
		String queued = mvc.perform(as(maker, post("/api/v1/registry/batches")).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/registry/batches/")))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(queued, "$.id");
		String status = "";
		String answer = "";
		for (int i = 0; i < 100 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
			Thread.sleep(200);
			answer = mvc.perform(as(maker, get("/api/v1/registry/batches/{id}", id))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			status = JsonPath.read(answer, "$.status");
		}
		assertThat(status).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(answer, "$.rowsLoaded")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(answer, "$.rowsRejected")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM serial_registry_entry WHERE manufacturer_id = ? "
				+ "AND serial_key LIKE ?", Integer.class, catalogue.registryMaker().getId(),
				"2412" + catalogue.prefix() + "7000%")).isEqualTo(2);

		mvc.perform(as(token("MANUFACTURER", catalogue.plainMaker().getId()), get("/api/v1/registry/batches/{id}", id)))
			.andExpect(status().isNotFound());
		mvc.perform(as(token("RETAILER", null), post("/api/v1/registry/batches")).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(as(maker, post("/api/v1/registry/batches")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rows\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows"));
	}

	@Test
	void theOpenApiDocumentListsEveryApiRoute() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		Set<String> documented = new TreeSet<>();
		paths.forEach((path, operations) -> operations.keySet()
			.forEach(method -> documented.add(method.toUpperCase() + " " + path)));
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/")) {
					info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + pattern));
				}
			}
		}
		assertThat(routes).isNotEmpty();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
		assertThat(document).contains("bearer").contains("Idempotency-Key");
		mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void anAddressOrMethodNoEndpointTakesIsRefusedAsAProblemLikeEveryOtherRefusal() throws Exception {
		String token = token("READ_ONLY", null);
		mvc.perform(as(token, get("/api/v1/no-such-endpoint")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"));
		String serial = catalogue.registeredFridgeSerial(1);
		mvc.perform(as(token, patch("/api/v1/serials/{s}", serial)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(405));
		// The pages keep their own error page (which the servlet container shows; here only the status is set).
		mvc.perform(get("/no-such-page").with(user(Fixtures.user(admin))))
			.andExpect(status().isNotFound())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("\"status\""));
	}
}
