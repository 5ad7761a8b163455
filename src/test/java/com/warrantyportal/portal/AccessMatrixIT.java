package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.claim.OwnerClaims;
import com.warrantyportal.claim.OwnerClaims.ClaimDraft;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.OwnerTransfers;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, as its handler mappings list them, called by an anonymous visitor, owner A, owner B
 * with A's ids, an agent, a supervisor and an administrator, against the rule the table below gives it. A route the
 * table does not know fails the test, so a new page cannot ship without saying who may open it.
 */
@AutoConfigureMockMvc
class AccessMatrixIT extends MySqlIntegrationTest {

	private static final long MISSING = 987_654_321L;

	/** Who may call a route. */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Anyone signed in. */
		SIGNED_IN,
		/** Owners, on their own data only: the route names no owner's id. */
		OWNER,
		/** Owners, on the id in the route: another owner's id answers 404 as if it did not exist. */
		OWNER_OF_ID,
		/** Agents and supervisors. */
		STAFF,
		/** Administrators. */
		ADMIN,
		/** Supervisors and administrators: the reports. */
		SUPERVISOR_OR_ADMIN,
		/** The error page: whatever status it reports, never a sign-in or a refusal. */
		ERROR_PAGE,
		/** The integration API: only an API token opens it, never a page's sign-in (ApiIT checks the tokens). */
		API
	}

	enum Caller {

		// Owner A comes last: the only caller whose calls change the world (a product reported stolen and removed, a
		// transfer answered); everyone else is refused, or names a stale version or something that does not exist.
		ANONYMOUS, OWNER_B, AGENT, SUPERVISOR, ADMIN, OWNER_A
	}

	/** What a caller gets. */
	enum Outcome {

		SIGN_IN, FORBIDDEN, NOT_FOUND, SERVED
	}

	/** One route of the table: its rule and a request with the world's ids. */
	record Route(Access access, Function<World, AbstractMockHttpServletRequestBuilder<?>> request,
			boolean namesNothing) {

		Route(Access access, Function<World, AbstractMockHttpServletRequestBuilder<?>> request) {
			this(access, request, false);
		}
	}

	/**
	 * A route whose request names something the world does not have (a document, a part, a recall): for the callers
	 * it admits, the handler's own 404 is the answer.
	 */
	private static Route missing(Access access, Function<World, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Route(access, request, true);
	}

	/** What the callers' requests name: owner A's product, claim, files and transfers, and a catalogue. */
	record World(Catalogue catalogue, Account ownerA, Account ownerB, Registration product, String serial,
			Claim claim, long receipt, long photo, long transferToDecline, long transferToAccept) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	OwnerTransfers ownerTransfers;

	@Autowired
	OwnerClaims ownerClaims;

	@Autowired
	ClaimService claimService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Routes only present with the embedded demo data. */
	private static final List<String> OPTIONAL = List.of("GET /admin/demo/nordfrost-registry.csv");

	/**
	 * The table: every route with its rule. Routes that change something come after the pages that read the same
	 * thing, and name a stale version where they take one, so a caller's earlier calls do not change what later
	 * calls find.
	 */
	private static Map<String, Route> table() {
		Map<String, Route> t = new LinkedHashMap<>();
		// Public pages
		t.put("GET /", new Route(Access.PUBLIC, w -> get("/")));
		t.put("GET /login", new Route(Access.PUBLIC, w -> get("/login")));
		t.put("GET /signup", new Route(Access.PUBLIC, w -> get("/signup")));
		t.put("POST /signup", new Route(Access.PUBLIC, w -> post("/signup").param("email", "not-an-address")));
		t.put("GET /signup/done", new Route(Access.PUBLIC, w -> get("/signup/done")));
		t.put("GET /confirm-email", new Route(Access.PUBLIC, w -> get("/confirm-email").param("token", "nope")));
		t.put("GET /forgot-password", new Route(Access.PUBLIC, w -> get("/forgot-password")));
		t.put("POST /forgot-password", new Route(Access.PUBLIC, w -> post("/forgot-password").param("email", "")));
		t.put("GET /reset-password", new Route(Access.PUBLIC, w -> get("/reset-password").param("token", "nope")));
		t.put("POST /reset-password", new Route(Access.PUBLIC, w -> post("/reset-password").param("token", "nope")));
		t.put("GET /check", new Route(Access.PUBLIC, w -> get("/check").param("serial", w.serial())));
		// A mail's unsubscribe link: a token the portal never made is the page's own 404 ("we do not know this link").
		t.put("GET /unsubscribe/{token}", missing(Access.PUBLIC, w -> get("/unsubscribe/{t}", "not-a-token")));
		t.put("POST /unsubscribe/{token}", missing(Access.PUBLIC, w -> post("/unsubscribe/{t}", "not-a-token")));
		t.put("ANY /error", new Route(Access.ERROR_PAGE, w -> get("/error")));
		// Anyone signed in
		t.put("GET /home", new Route(Access.SIGNED_IN, w -> get("/home")));
		t.put("GET /models/{id}/label-image", missing(Access.SIGNED_IN,
				w -> get("/models/{id}/label-image", w.catalogue().tv().getId())));
		t.put("GET /models/{id}/documents/{documentId}", missing(Access.SIGNED_IN,
				w -> get("/models/{id}/documents/{d}", w.catalogue().tv().getId(), MISSING)));
		// Owners
		t.put("GET /my", new Route(Access.OWNER, w -> get("/my")));
		t.put("POST /my/email-confirmation", new Route(Access.OWNER, w -> post("/my/email-confirmation")));
		t.put("GET /my/notifications", new Route(Access.OWNER, w -> get("/my/notifications")));
		t.put("GET /my/settings", new Route(Access.OWNER, w -> get("/my/settings")));
		t.put("POST /my/settings", new Route(Access.OWNER,
				w -> post("/my/settings").param("version", "-1").param("leadDays", "30")));
		t.put("GET /my/products", new Route(Access.OWNER, w -> get("/my/products")));
		t.put("GET /my/products.csv", new Route(Access.OWNER, w -> get("/my/products.csv")));
		t.put("GET /my/products/new", new Route(Access.OWNER, w -> get("/my/products/new")));
		t.put("POST /my/products", new Route(Access.OWNER, w -> multipart("/my/products").param("serial", "")));
		t.put("GET /my/products/import", new Route(Access.OWNER, w -> get("/my/products/import")));
		t.put("POST /my/products/import", new Route(Access.OWNER, w -> multipart("/my/products/import")));
		t.put("POST /my/products/import/confirm",
				new Route(Access.OWNER, w -> multipart("/my/products/import/confirm").param("content", "")));
		t.put("GET /my/claims", new Route(Access.OWNER, w -> get("/my/claims")));
		t.put("GET /my/products/{id}", new Route(Access.OWNER_OF_ID, w -> get("/my/products/{id}", w.product().getId())));
		t.put("GET /my/products/{id}/sheet",
				new Route(Access.OWNER_OF_ID, w -> get("/my/products/{id}/sheet", w.product().getId())));
		t.put("POST /my/products/{id}/label-photo", new Route(Access.OWNER_OF_ID,
				w -> multipart("/my/products/{id}/label-photo", w.product().getId())));
		t.put("POST /my/products/{id}/documents", new Route(Access.OWNER_OF_ID,
				w -> multipart("/my/products/{id}/documents", w.product().getId()).param("title", "")));
		t.put("POST /my/products/{id}/documents/{documentId}/remove", missing(Access.OWNER_OF_ID,
				w -> post("/my/products/{id}/documents/{d}/remove", w.product().getId(), MISSING)));
		t.put("POST /my/products/{id}/notes", new Route(Access.OWNER_OF_ID,
				w -> post("/my/products/{id}/notes", w.product().getId()).param("version", "-1").param("notes", "x")));
		t.put("GET /my/products/{id}/edit",
				new Route(Access.OWNER_OF_ID, w -> get("/my/products/{id}/edit", w.product().getId())));
		t.put("POST /my/products/{id}/edit", new Route(Access.OWNER_OF_ID, w -> multipart("/my/products/{id}/edit",
				w.product().getId()).param("version", "-1").param("purchaseDate", "2025-01-01").param("retailer", "X")));
		t.put("GET /my/products/{id}/remove",
				new Route(Access.OWNER_OF_ID, w -> get("/my/products/{id}/remove", w.product().getId())));
		t.put("GET /my/products/{id}/stolen",
				new Route(Access.OWNER_OF_ID, w -> get("/my/products/{id}/stolen", w.product().getId())));
		t.put("GET /my/claims/new",
				new Route(Access.OWNER_OF_ID, w -> get("/my/claims/new").param("product", id(w.product()))));
		t.put("POST /my/claims/preview", new Route(Access.OWNER_OF_ID, w -> claimPost("/my/claims/preview", w)));
		t.put("GET /my/claims/{number}",
				new Route(Access.OWNER_OF_ID, w -> get("/my/claims/{n}", w.claim().getNumber())));
		t.put("POST /my/claims/{number}/answer", new Route(Access.OWNER_OF_ID,
				w -> multipart("/my/claims/{n}/answer", w.claim().getNumber()).param("version", "-1")
					.param("answer", "Here it is")));
		t.put("POST /my/claims/{number}/files", new Route(Access.OWNER_OF_ID,
				w -> multipart("/my/claims/{n}/files", w.claim().getNumber()).param("version", "-1")));
		t.put("GET /my/files/{id}", new Route(Access.OWNER_OF_ID, w -> get("/my/files/{id}", w.receipt())));
		t.put("GET /my/files/{id}/view", new Route(Access.OWNER_OF_ID, w -> get("/my/files/{id}/view", w.photo())));
		t.put("POST /my/products/{id}/stolen", new Route(Access.OWNER_OF_ID, w -> post("/my/products/{id}/stolen",
				w.product().getId()).param("missingSince", "2025-01-01").param("confirmed", "true")));
		t.put("POST /my/products/{id}/recovered",
				new Route(Access.OWNER_OF_ID, w -> post("/my/products/{id}/recovered", w.product().getId())));
		t.put("POST /my/claims", new Route(Access.OWNER_OF_ID, w -> claimPost("/my/claims", w)));
		t.put("POST /my/claims/{number}/withdraw", new Route(Access.OWNER_OF_ID,
				w -> post("/my/claims/{n}/withdraw", w.claim().getNumber()).param("version", "-1")));
		t.put("POST /my/transfers/{id}/decline",
				new Route(Access.OWNER_OF_ID, w -> post("/my/transfers/{id}/decline", w.transferToDecline())));
		t.put("POST /my/transfers/{id}/accept",
				new Route(Access.OWNER_OF_ID, w -> post("/my/transfers/{id}/accept", w.transferToAccept())));
		t.put("POST /my/products/{id}/remove",
				new Route(Access.OWNER_OF_ID, w -> post("/my/products/{id}/remove", w.product().getId())));
		// Staff
		t.put("GET /staff", new Route(Access.STAFF, w -> get("/staff")));
		t.put("GET /staff/claims", new Route(Access.STAFF, w -> get("/staff/claims")));
		t.put("GET /staff/claims/models", new Route(Access.STAFF, w -> get("/staff/claims/models").param("q", "TV")));
		t.put("GET /staff/claims/{number}", new Route(Access.STAFF, w -> get("/staff/claims/{n}", w.claim().getNumber())));
		t.put("GET /staff/search", new Route(Access.STAFF, w -> get("/staff/search").param("q", "owner")));
		t.put("GET /staff/units/{serial}", new Route(Access.STAFF, w -> get("/staff/units/{s}", w.serial())));
		t.put("GET /staff/files/{id}", new Route(Access.STAFF, w -> get("/staff/files/{id}", w.receipt())));
		t.put("GET /staff/files/{id}/view", new Route(Access.STAFF, w -> get("/staff/files/{id}/view", w.photo())));
		t.put("GET /staff/transfers", new Route(Access.STAFF, w -> get("/staff/transfers")));
		t.put("GET /staff/reports", new Route(Access.SUPERVISOR_OR_ADMIN, w -> get("/staff/reports")));
		t.put("GET /staff/reports/{section}.csv",
				new Route(Access.SUPERVISOR_OR_ADMIN, w -> get("/staff/reports/{s}.csv", "claims-per-week")));
		for (String action : List.of("assign", "unassign", "verify-proof", "request-info", "approve", "reject", "override", "close",
				"serial-status", "plans")) {
			t.put("POST /staff/claims/{number}/" + action, new Route(Access.STAFF,
					w -> post("/staff/claims/{n}/" + action, w.claim().getNumber()).param("version", "-1")));
		}
		t.put("GET /admin/service-levels", new Route(Access.ADMIN, w -> get("/admin/service-levels")));
		t.put("GET /admin/api-tokens", new Route(Access.ADMIN, w -> get("/admin/api-tokens")));
		t.put("GET /my/invitations/{token}", missing(Access.OWNER, w -> get("/my/invitations/{t}", "no-such-invitation")));
		t.put("POST /my/invitations/{token}", missing(Access.OWNER, w -> post("/my/invitations/{t}", "no-such-invitation")));
		t.put("POST /admin/api-tokens", new Route(Access.ADMIN, w -> post("/admin/api-tokens")));
		t.put("POST /admin/api-tokens/{id}/revoke", new Route(Access.ADMIN,
				w -> post("/admin/api-tokens/{id}/revoke", MISSING).param("version", "0")));
		// The integration API and its documentation
		t.put("GET /api/docs", new Route(Access.PUBLIC, w -> get("/api/docs")));
		t.put("GET /v3/api-docs", new Route(Access.PUBLIC, w -> get("/v3/api-docs")));
		t.put("GET /v3/api-docs.yaml", new Route(Access.PUBLIC, w -> get("/v3/api-docs.yaml")));
		t.put("GET /v3/api-docs/swagger-config", new Route(Access.PUBLIC, w -> get("/v3/api-docs/swagger-config")));
		t.put("GET /api/v1/serials/{serial}", new Route(Access.API, w -> get("/api/v1/serials/{s}", w.serial())));
		t.put("GET /api/v1/claims", new Route(Access.API, w -> get("/api/v1/claims")));
		t.put("POST /api/v1/sales", new Route(Access.API, w -> post("/api/v1/sales")));
		t.put("POST /api/v1/webhooks", new Route(Access.API, w -> post("/api/v1/webhooks")));
		t.put("GET /api/v1/webhooks", new Route(Access.API, w -> get("/api/v1/webhooks")));
		t.put("DELETE /api/v1/webhooks/{id}", new Route(Access.API, w -> delete("/api/v1/webhooks/{id}", MISSING)));
		t.put("GET /api/v1/webhooks/{id}/deliveries", new Route(Access.API,
				w -> get("/api/v1/webhooks/{id}/deliveries", MISSING)));
		t.put("GET /api/v1/sales/{id}", new Route(Access.API, w -> get("/api/v1/sales/{id}", MISSING)));
		t.put("POST /api/v1/recalls", new Route(Access.API, w -> post("/api/v1/recalls")));
		t.put("GET /api/v1/recalls/{id}", new Route(Access.API, w -> get("/api/v1/recalls/{id}", MISSING)));
		t.put("PATCH /api/v1/recalls/{id}", new Route(Access.API, w -> patch("/api/v1/recalls/{id}", MISSING)));
		t.put("POST /api/v1/recalls/{id}/close", new Route(Access.API, w -> post("/api/v1/recalls/{id}/close", MISSING)));
		t.put("POST /api/v1/registry/batches", new Route(Access.API, w -> post("/api/v1/registry/batches")));
		t.put("GET /api/v1/registry/batches/{id}", new Route(Access.API,
				w -> get("/api/v1/registry/batches/{id}", MISSING)));
		t.put("POST /admin/service-levels", new Route(Access.ADMIN, w -> post("/admin/service-levels")
			.param("firstResponseDays", "0")));
		t.put("POST /staff/claims/bulk", new Route(Access.STAFF, w -> post("/staff/claims/bulk")
			.param("action", "ASSIGN_TO_ME").param("selected", w.claim().getNumber() + "@999")));
		t.put("POST /staff/units/{serial}/recalls/{campaignId}/remedied", missing(Access.STAFF,
				w -> post("/staff/units/{s}/recalls/{c}/remedied", w.serial(), MISSING)));
		t.put("POST /staff/transfers/{id}", missing(Access.STAFF,
				w -> post("/staff/transfers/{id}", MISSING).param("accept", "false")));
		// Administrators
		t.put("GET /admin", new Route(Access.ADMIN, w -> get("/admin")));
		t.put("GET /admin/accounts", new Route(Access.ADMIN, w -> get("/admin/accounts")));
		t.put("GET /admin/mail", new Route(Access.ADMIN, w -> get("/admin/mail").param("to", "nobody@example.com")));
		t.put("GET /admin/mail/{id}", missing(Access.ADMIN, w -> get("/admin/mail/{id}", MISSING)));
		t.put("GET /admin/audit", new Route(Access.ADMIN, w -> get("/admin/audit").param("actor", "nobody@example.com")));
		t.put("GET /admin/audit.csv",
				new Route(Access.ADMIN, w -> get("/admin/audit.csv").param("actor", "nobody@example.com")));
		t.put("POST /admin/accounts", new Route(Access.ADMIN, w -> post("/admin/accounts").param("email", "")));
		t.put("POST /admin/accounts/{id}/enabled", new Route(Access.ADMIN,
				w -> post("/admin/accounts/{id}/enabled", w.ownerA().getId()).param("version", "-1")
					.param("enabled", "false")));
		t.put("GET /admin/manufacturers", new Route(Access.ADMIN, w -> get("/admin/manufacturers")));
		t.put("GET /admin/manufacturers/new", new Route(Access.ADMIN, w -> get("/admin/manufacturers/new")));
		t.put("POST /admin/manufacturers", new Route(Access.ADMIN, w -> post("/admin/manufacturers").param("name", "")));
		t.put("GET /admin/manufacturers/{id}",
				new Route(Access.ADMIN, w -> get("/admin/manufacturers/{id}", maker(w))));
		t.put("POST /admin/manufacturers/{id}", new Route(Access.ADMIN,
				w -> post("/admin/manufacturers/{id}", maker(w)).param("version", "-1").param("name", "")));
		String formats = "/admin/manufacturers/{manufacturerId}/serial-formats";
		t.put("GET " + formats, new Route(Access.ADMIN, w -> get(formats, maker(w))));
		t.put("POST " + formats + " [test]",
				new Route(Access.ADMIN, w -> post(formats, maker(w)).param("test", "").param("pattern", "")));
		t.put("POST " + formats, new Route(Access.ADMIN, w -> post(formats, maker(w)).param("pattern", "")));
		t.put("POST " + formats + "/{formatId} [test]", missing(Access.ADMIN,
				w -> post(formats + "/{f}", maker(w), MISSING).param("test", "").param("pattern", "")));
		t.put("POST " + formats + "/{formatId}", missing(Access.ADMIN,
				w -> post(formats + "/{f}", maker(w), MISSING).param("pattern", "").param("version", "-1")));
		t.put("POST " + formats + "/{formatId}/remove", missing(Access.ADMIN,
				w -> post(formats + "/{f}/remove", maker(w), MISSING).param("version", "-1")));
		String registry = "/admin/manufacturers/{manufacturerId}/registry";
		t.put("GET " + registry, new Route(Access.ADMIN, w -> get(registry, maker(w))));
		t.put("POST " + registry, new Route(Access.ADMIN, w -> multipart(registry, maker(w))));
		t.put("GET " + registry + "/imports/{importId}",
				missing(Access.ADMIN, w -> get(registry + "/imports/{i}", maker(w), MISSING)));
		t.put("POST " + registry + "/imports/{importId}/resume",
				missing(Access.ADMIN, w -> post(registry + "/imports/{i}/resume", maker(w), MISSING)));
		t.put("GET " + registry + "/imports/{importId}/rejected-lines.csv",
				missing(Access.ADMIN, w -> get(registry + "/imports/{i}/rejected-lines.csv", maker(w), MISSING)));
		t.put("GET /admin/models", new Route(Access.ADMIN, w -> get("/admin/models")));
		t.put("GET /admin/models/new", new Route(Access.ADMIN, w -> get("/admin/models/new")));
		t.put("POST /admin/models", new Route(Access.ADMIN, w -> post("/admin/models").param("modelNumber", "")));
		t.put("GET /admin/models/import", new Route(Access.ADMIN, w -> get("/admin/models/import")));
		t.put("POST /admin/models/import", new Route(Access.ADMIN, w -> multipart("/admin/models/import")));
		t.put("POST /admin/models/import/confirm",
				new Route(Access.ADMIN, w -> post("/admin/models/import/confirm").param("token", "nope")));
		t.put("GET /admin/models/import/example.csv", new Route(Access.ADMIN, w -> get("/admin/models/import/example.csv")));
		t.put("GET /admin/models/export.csv", new Route(Access.ADMIN, w -> get("/admin/models/export.csv")));
		t.put("GET /admin/models/{id}", new Route(Access.ADMIN, w -> get("/admin/models/{id}", model(w))));
		t.put("GET /admin/models/{id}/edit", new Route(Access.ADMIN, w -> get("/admin/models/{id}/edit", model(w))));
		t.put("POST /admin/models/{id}/edit", new Route(Access.ADMIN,
				w -> post("/admin/models/{id}/edit", model(w)).param("version", "-1").param("modelNumber", "")));
		t.put("POST /admin/models/{id}/terms", new Route(Access.ADMIN, w -> post("/admin/models/{id}/terms", model(w))));
		t.put("POST /admin/models/{id}/parts",
				new Route(Access.ADMIN, w -> post("/admin/models/{id}/parts", model(w)).param("partNumber", "")));
		t.put("POST /admin/models/{id}/parts/{partId}/remove",
				missing(Access.ADMIN, w -> post("/admin/models/{id}/parts/{p}/remove", model(w), MISSING)));
		t.put("POST /admin/models/{id}/documents",
				new Route(Access.ADMIN, w -> multipart("/admin/models/{id}/documents", model(w)).param("title", "")));
		t.put("POST /admin/models/{id}/documents/{documentId}/remove",
				missing(Access.ADMIN, w -> post("/admin/models/{id}/documents/{d}/remove", model(w), MISSING)));
		t.put("POST /admin/models/{id}/label-image",
				new Route(Access.ADMIN, w -> multipart("/admin/models/{id}/label-image", model(w))));
		t.put("POST /admin/models/{id}/retire",
				new Route(Access.ADMIN, w -> post("/admin/models/{id}/retire", model(w)).param("version", "-1")));
		t.put("POST /admin/models/{id}/reinstate",
				new Route(Access.ADMIN, w -> post("/admin/models/{id}/reinstate", model(w)).param("version", "-1")));
		t.put("POST /admin/models/{id}/delete",
				new Route(Access.ADMIN, w -> post("/admin/models/{id}/delete", model(w)).param("version", "-1")));
		t.put("GET /admin/recalls", new Route(Access.ADMIN, w -> get("/admin/recalls")));
		t.put("POST /admin/recalls", new Route(Access.ADMIN, w -> post("/admin/recalls").param("title", "")));
		t.put("GET /admin/recalls/{id}", missing(Access.ADMIN, w -> get("/admin/recalls/{id}", MISSING)));
		t.put("GET /admin/recalls/{id}/units.csv",
				missing(Access.ADMIN, w -> get("/admin/recalls/{id}/units.csv", MISSING)));
		t.put("POST /admin/recalls/{id}/close",
				missing(Access.ADMIN, w -> post("/admin/recalls/{id}/close", MISSING).param("version", "-1")));
		t.put("GET /admin/demo/nordfrost-registry.csv",
				new Route(Access.ADMIN, w -> get("/admin/demo/nordfrost-registry.csv")));
		return t;
	}

	private static long maker(World w) {
		return w.catalogue().registryMaker().getId();
	}

	private static long model(World w) {
		return w.catalogue().washer().getId();
	}

	private static String id(Registration registration) {
		return String.valueOf(registration.getId());
	}

	private static AbstractMockHttpServletRequestBuilder<?> claimPost(String url, World w) {
		return multipart(url).param("product", id(w.product()))
			.param("token", "t-" + Fixtures.unique())
			.param("failureDate", LocalDate.now().minusDays(1).toString())
			.param("component", "panel")
			.param("cause", "STOPPED_BY_ITSELF")
			.param("description", "The screen flickers and goes dark.");
	}

	/** The world every caller's requests name. */
	private World world() {
		Catalogue catalogue = fixtures.catalogue();
		Account a = fixtures.owner();
		Account b = fixtures.owner();
		Registration product = fixtures.registeredTv(a, catalogue, LocalDate.now().minusMonths(2));
		String serial = productViews.find(a.getId(), product.getId()).orElseThrow().serial();
		Claim claim = ownerClaims.file(a.getId(), "A", new ClaimDraft(product.getId(), LocalDate.now().minusDays(1),
				"panel", OwnerCause.STOPPED_BY_ITSELF, "A green line runs down the screen.",
				List.of(new MockMultipartFile("photos", "line.png", "image/png", Fixtures.PNG)), null));
		claimService.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claim = claimService.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, ClaimService.Actor.SYSTEM, "Photo?");
		long photo = claimService.attachments(claim.getId()).get(0).getFileId();
		long[] transfers = new long[2];
		for (int i = 0; i < 2; i++) {
			Registration sold = fixtures.registeredTv(a, catalogue, LocalDate.now().minusMonths(1));
			String soldSerial = productViews.find(a.getId(), sold.getId()).orElseThrow().serial();
			products.register(new RegisterProduct(fixtures.owner().getId(), catalogue.tv().getId(), soldSerial,
					LocalDate.now(), "Marketplace", BigDecimal.TEN, null));
			long known = i == 0 ? -1 : transfers[0];
			transfers[i] = ownerTransfers.incomingTransfers(a.getId()).stream()
				.mapToLong(t -> t.id())
				.filter(t -> t != known)
				.findFirst()
				.orElseThrow();
		}
		return new World(catalogue, a, b, product, serial, claim, product.getProofFileId(), photo, transfers[0],
				transfers[1]);
	}

	private static Outcome expected(Access access, Caller caller) {
		if (access == Access.API) {
			return Outcome.FORBIDDEN;
		}
		if (access == Access.PUBLIC || access == Access.ERROR_PAGE) {
			return Outcome.SERVED;
		}
		if (caller == Caller.ANONYMOUS) {
			return Outcome.SIGN_IN;
		}
		return switch (access) {
			case SIGNED_IN -> Outcome.SERVED;
			case OWNER -> caller == Caller.OWNER_A || caller == Caller.OWNER_B ? Outcome.SERVED : Outcome.FORBIDDEN;
			case OWNER_OF_ID -> caller == Caller.OWNER_A ? Outcome.SERVED
					: caller == Caller.OWNER_B ? Outcome.NOT_FOUND : Outcome.FORBIDDEN;
			case STAFF -> caller == Caller.AGENT || caller == Caller.SUPERVISOR ? Outcome.SERVED : Outcome.FORBIDDEN;
			case ADMIN -> caller == Caller.ADMIN ? Outcome.SERVED : Outcome.FORBIDDEN;
			case SUPERVISOR_OR_ADMIN -> caller == Caller.SUPERVISOR || caller == Caller.ADMIN ? Outcome.SERVED
					: Outcome.FORBIDDEN;
			default -> throw new IllegalArgumentException(access.name());
		};
	}

	/** What the response means; a 500 or a 401 never counts as any expected outcome. */
	private static Outcome outcome(MockHttpServletResponse response, Access access) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status == 302 && location != null && location.contains("/login")) {
			return Outcome.SIGN_IN;
		}
		if (status == 403 || access == Access.API && status == 401) {
			return Outcome.FORBIDDEN;
		}
		if (access == Access.ERROR_PAGE && status != 401) {
			return Outcome.SERVED;
		}
		if (status == 404) {
			return Outcome.NOT_FOUND;
		}
		if (status >= 500 || status == 401) {
			return null;
		}
		return Outcome.SERVED;
	}

	/** The application's routes as its MVC handler mappings list them: method, pattern and any required parameter. */
	private List<String> applicationRoutes() {
		TreeSet<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			String params = info.getParamsCondition().getExpressions().isEmpty() ? ""
					: " " + info.getParamsCondition().getExpressions().toString();
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern + params);
				}
				methods.forEach(method -> routes.add(method.name() + " " + pattern + params));
			}
		}
		return new ArrayList<>(routes);
	}

	@Test
	void everyRouteAnswersEachCallerAsTheTableSays() throws Exception {
		Map<String, Route> table = table();
		List<String> routes = applicationRoutes();
		assertThat(routes).as("routes without a rule in AccessMatrixIT's table").allMatch(table::containsKey);
		assertThat(table.keySet()).as("rules for routes the application no longer has")
			.allMatch(key -> routes.contains(key) || OPTIONAL.contains(key));

		PortalUser agent = Fixtures.user(fixtures.staff(Role.AGENT));
		PortalUser supervisor = Fixtures.user(fixtures.staff(Role.SUPERVISOR));
		PortalUser admin = Fixtures.user(fixtures.staff(Role.ADMIN));
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		World world = world();
		for (Caller caller : Caller.values()) {
			PortalUser signedIn = switch (caller) {
				case ANONYMOUS -> null;
				case OWNER_A -> Fixtures.user(world.ownerA());
				case OWNER_B -> Fixtures.user(world.ownerB());
				case AGENT -> agent;
				case SUPERVISOR -> supervisor;
				case ADMIN -> admin;
			};
			for (var entry : table.entrySet()) {
				if (!routes.contains(entry.getKey())) {
					continue;
				}
				AbstractMockHttpServletRequestBuilder<?> request = entry.getValue().request().apply(world).with(csrf());
				if (signedIn != null) {
					request = request.with(user(signedIn));
				}
				Outcome expected = expected(entry.getValue().access(), caller);
				checked++;
				MockHttpServletResponse response;
				try {
					response = mvc.perform(request).andReturn().getResponse();
				}
				catch (Exception ex) { // MockMvc hands back what the error page would have shown as HTTP 500
					wrong.add(caller + " " + entry.getKey() + ": expected " + expected + ", failed with "
							+ ex.getCause());
					continue;
				}
				Outcome got = outcome(response, entry.getValue().access());
				if (got == Outcome.NOT_FOUND && expected == Outcome.SERVED && entry.getValue().namesNothing()) {
					got = Outcome.SERVED;
				}
				if (got != expected) {
					wrong.add(caller + " " + entry.getKey() + ": expected " + expected + ", got HTTP "
							+ response.getStatus() + (response.getRedirectedUrl() == null ? ""
									: " to " + response.getRedirectedUrl()));
				}
			}
		}
		System.out.println("AccessMatrixIT: " + routes.size() + " routes x " + Caller.values().length + " callers = "
				+ checked + " checks");
		assertThat(wrong).as("calls answered against the table").isEmpty();
	}
}
