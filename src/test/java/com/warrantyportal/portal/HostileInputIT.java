package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every form and query parameter of the portal, one at a time, given what a careless or hostile visitor might send:
 * very long text, control characters, right-to-left overrides, emoji, markup, SQL, impossible and huge dates and
 * numbers, values of the wrong type, and nothing at all. No request may fail the page (HTTP 500) or show the
 * framework's text; a form answers a value it cannot take with a message on the page; and nothing that was stored
 * comes back as markup on the owners', staff's or administrators' pages.
 */
@AutoConfigureMockMvc
class HostileInputIT extends MySqlIntegrationTest {

	/** What kind of value a field expects; each kind is given the hostile values that fit it. */
	enum Kind {

		TEXT, DATE, NUMBER, CHOICE, HIDDEN
	}

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final String IMG = "<img src=x onerror=alert(1)>";

	private static final List<String> TEXT = List.of("x".repeat(5_000), "a\u0000b\u0007c\r\nd\u001b[31m",
			"\u202Eevil.exe\u202C\u2066isolated\u2069\u200B", "🔧🧊👩‍🔧 ünïcödé", SCRIPT, IMG,
			"' OR '1'='1'; DROP TABLE claim; -- %s${7*7}{{7*7}}", "");

	private static final List<String> DATES = List.of("2025-02-30", "0000-00-00", "9999-12-31", "+999999999-12-31",
			"-0001-01-01", "yesterday", SCRIPT, "");

	private static final List<String> NUMBERS = List.of("99999999999999999999", "-1", "1e400", "NaN", "abc",
			"9223372036854775808", SCRIPT, "");

	private static final List<String> CHOICES = List.of("NOT_A_CHOICE", "", "99999999999999999999", SCRIPT,
			"\u202EOWNER");

	private static final List<String> HIDDEN = List.of("abc", "-1", "99999999999999999999", SCRIPT);

	/** Values that cannot be read as their kind: a form must say so beside the field. */
	private static final List<String> UNREADABLE = List.of("2025-02-30", "0000-00-00", "yesterday", "2025-13-01",
			"abc", "NaN", "1e400", "NOT_A_CHOICE", "99999999999999999999", "+999999999-12-31", "-0001-01-01", SCRIPT);

	private static final java.util.regex.Pattern CSRF_FIELD = java.util.regex.Pattern
		.compile("name=\"_csrf\" value=\"[^\"]*\"");

	private static final List<String> FRAMEWORK_TEXT = List.of("Failed to convert", "Exception", "java.lang.",
			"org.springframework", "could not execute statement", "SQL", "Whitelabel");

	/** One form or page: who sends it, where, the values that make it valid, and its fields. */
	record Form(String label, Supplier<PortalUser> caller, String method, Supplier<String> url,
			Map<String, Supplier<String>> valid, Map<String, Kind> fields, boolean answersWithMessages) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	OwnerProductViews productViews;

	private static Supplier<String> is(String value) {
		return () -> value;
	}

	@Test
	void noFieldOrParameterFailsThePageShowsFrameworkTextOrComesBackAsMarkup() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		PortalUser ownerUser = Fixtures.user(owner);
		PortalUser agent = Fixtures.user(fixtures.staff(Role.AGENT));
		PortalUser supervisor = Fixtures.user(fixtures.staff(Role.SUPERVISOR));
		PortalUser admin = Fixtures.user(fixtures.staff(Role.ADMIN));
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		Registration stolen = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1),
				"panel", Cause.DEFECT, "The picture went dark.");
		Claim asked = claims.file(stolen.getId(), stolen.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "remote", Cause.DEFECT, "The remote does nothing.");
		claims.moveTo(asked.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(asked.getId(), ClaimStatus.INFO_REQUESTED, ClaimService.Actor.SYSTEM, "Which buttons?");
		String serial = productViews.find(owner.getId(), tv.getId()).orElseThrow().serial();
		Supplier<String> claimVersion = () -> String.valueOf(claims.find(claim.getId()).orElseThrow().getVersion());
		Supplier<String> askedVersion = () -> String.valueOf(claims.find(asked.getId()).orElseThrow().getVersion());
		Supplier<String> tvVersion = () -> String.valueOf(
				productViews.find(owner.getId(), tv.getId()).orElseThrow().version());
		Supplier<String> unique = () -> "t-" + Fixtures.unique();
		String tvModel = String.valueOf(catalogue.tv().getId());
		String maker = String.valueOf(catalogue.registryMaker().getId());
		String today = LocalDate.now().toString();
		String lastWeek = LocalDate.now().minusDays(7).toString();

		List<Form> forms = new ArrayList<>();
		forms.add(new Form("sign-up", () -> null, "POST", is("/signup"),
				Map.of("email", () -> "new-" + Fixtures.unique() + "@example.com", "displayName", is("New Owner"),
						"password", is("violet tractor sings at noon")),
				fields("email", Kind.TEXT, "displayName", Kind.TEXT, "password", Kind.TEXT), true));
		forms.add(new Form("forgotten password", () -> null, "POST", is("/forgot-password"),
				Map.of("email", is("nobody@example.com")), fields("email", Kind.TEXT), false));
		forms.add(new Form("new password", () -> null, "POST", is("/reset-password"),
				Map.of("token", is("not-a-token"), "password", is("violet tractor sings at noon")),
				fields("token", Kind.HIDDEN, "password", Kind.TEXT), true));
		forms.add(new Form("serial check", () -> null, "GET", is("/check"), Map.of("serial", is(serial)),
				fields("serial", Kind.TEXT), false));
		forms.add(new Form("register a product", () -> ownerUser, "MULTIPART", is("/my/products"),
				Map.of("modelId", is(tvModel), "serial", () -> "TV" + Fixtures.unique(), "purchaseDate", is(lastWeek),
						"retailer", is("Shop"), "price", is("499.00")),
				fields("modelId", Kind.CHOICE, "serial", Kind.TEXT, "purchaseDate", Kind.DATE, "retailer", Kind.TEXT,
						"price", Kind.NUMBER),
				true));
		forms.add(new Form("correct a product", () -> ownerUser, "MULTIPART", is("/my/products/" + tv.getId() + "/edit"),
				Map.of("version", tvVersion, "purchaseDate", is(tv.getPurchaseDate().toString()), "retailer",
						is("Shop"), "price", is("499.00")),
				fields("version", Kind.HIDDEN, "purchaseDate", Kind.DATE, "retailer", Kind.TEXT, "price", Kind.NUMBER),
				true));
		forms.add(new Form("product notes", () -> ownerUser, "POST", is("/my/products/" + tv.getId() + "/notes"),
				Map.of("version", tvVersion, "notes", is("Filter type B")),
				fields("version", Kind.HIDDEN, "notes", Kind.TEXT), true));
		forms.add(new Form("product document", () -> ownerUser, "MULTIPART",
				is("/my/products/" + tv.getId() + "/documents"), Map.of("title", is("Service report")),
				fields("title", Kind.TEXT), true));
		forms.add(new Form("confirm a product import", () -> ownerUser, "MULTIPART", is("/my/products/import/confirm"),
				Map.of("content", is(java.util.Base64.getEncoder().encodeToString(
						("Model number,Serial number,Purchase date,Retailer\r\n" + catalogue.tv().getModelNumber()
								+ ",TV" + Fixtures.unique() + "," + lastWeek + ",Shop\r\n").getBytes())),
						"fileName", is("devices.csv")),
				fields("content", Kind.HIDDEN, "fileName", Kind.TEXT), false));
		forms.add(new Form("report stolen", () -> ownerUser, "POST", is("/my/products/" + stolen.getId() + "/stolen"),
				Map.of("missingSince", is(lastWeek), "policeReference", is("PR-1"), "confirmed", is("true")),
				fields("missingSince", Kind.DATE, "policeReference", Kind.TEXT, "confirmed", Kind.CHOICE), true));
		for (String url : List.of("/my/claims/preview", "/my/claims")) {
			forms.add(new Form("claim " + url, () -> ownerUser, "MULTIPART", is(url),
					Map.of("product", is(String.valueOf(tv.getId())), "token", unique, "failureDate", is(lastWeek),
							"component", is("panel"), "cause", is("STOPPED_BY_ITSELF"), "description",
							is("It stopped.")),
					fields("product", Kind.HIDDEN, "token", Kind.HIDDEN, "failureDate", Kind.DATE, "component",
							Kind.TEXT, "cause", Kind.CHOICE, "description", Kind.TEXT),
					true));
		}
		forms.add(new Form("answer staff", () -> ownerUser, "MULTIPART",
				is("/my/claims/" + asked.getNumber() + "/answer"), Map.of("version", askedVersion, "answer", is("Red")),
				fields("version", Kind.HIDDEN, "answer", Kind.TEXT), true));
		forms.add(new Form("mail settings", () -> ownerUser, "POST", is("/my/settings"),
				Map.of("version", is("0"), "leadDays", is("30")),
				fields("version", Kind.HIDDEN, "leadDays", Kind.CHOICE, "reminderMails", Kind.CHOICE), true));
		forms.add(new Form("notifications", () -> ownerUser, "GET", is("/my/notifications"), Map.of(),
				fields("before", Kind.NUMBER), false));
		forms.add(new Form("product list", () -> ownerUser, "GET", is("/my/products"), Map.of(),
				fields("sort", Kind.CHOICE), false));
		forms.add(new Form("new product page", () -> ownerUser, "GET", is("/my/products/new"), Map.of(),
				fields("model", Kind.CHOICE, "q", Kind.TEXT), false));
		forms.add(new Form("new claim page", () -> ownerUser, "GET", is("/my/claims/new"),
				Map.of("product", is(String.valueOf(tv.getId()))), fields("product", Kind.HIDDEN), false));
		forms.add(new Form("staff queue", () -> agent, "GET", is("/staff/claims"), Map.of(),
				fields("status", Kind.CHOICE, "verdict", Kind.CHOICE, "manufacturer", Kind.CHOICE, "model", Kind.CHOICE,
						"modelNumber", Kind.TEXT, "olderThan", Kind.NUMBER, "assigned", Kind.CHOICE, "sort",
						Kind.CHOICE, "after", Kind.HIDDEN),
				false));
		forms.add(new Form("queue model suggestions", () -> agent, "GET", is("/staff/claims/models"), Map.of(),
				fields("q", Kind.TEXT, "manufacturer", Kind.CHOICE), false));
		forms.add(new Form("staff search", () -> agent, "GET", is("/staff/search"), Map.of(), fields("q", Kind.TEXT),
				false));
		forms.add(new Form("unit page", () -> agent, "GET", is("/staff/units/" + serial), Map.of(),
				fields("manufacturer", Kind.CHOICE), false));
		String staffClaim = "/staff/claims/" + claim.getNumber();
		forms.add(new Form("ask the owner", () -> agent, "POST", is(staffClaim + "/request-info"),
				Map.of("version", claimVersion, "message", is("Which buttons?")),
				fields("version", Kind.HIDDEN, "message", Kind.TEXT), true));
		forms.add(new Form("settle the serial", () -> agent, "POST", is(staffClaim + "/serial-status"),
				Map.of("version", claimVersion, "serialStatus", is("OK"), "serialNote", is("Checked")),
				fields("version", Kind.HIDDEN, "serialStatus", Kind.CHOICE, "serialNote", Kind.TEXT), true));
		forms.add(new Form("add a plan", () -> agent, "POST", is(staffClaim + "/plans"),
				Map.of("version", claimVersion, "planName", is("Care+"), "planMonths", is("1"), "planPurchaseDate",
						is(today)),
				fields("version", Kind.HIDDEN, "planName", Kind.TEXT, "planMonths", Kind.NUMBER, "planPurchaseDate",
						Kind.DATE),
				true));
		forms.add(new Form("override", () -> supervisor, "POST", is(staffClaim + "/override"),
				Map.of("version", claimVersion, "overrideVerdict", is("ELIGIBLE"), "overrideReason", is("Goodwill")),
				fields("version", Kind.HIDDEN, "overrideVerdict", Kind.CHOICE, "overrideReason", Kind.TEXT), true));
		forms.add(new Form("approve", () -> agent, "POST", is(staffClaim + "/approve"),
				Map.of("version", is("-1"), "resolution", is("REFUND"), "refundAmount", is("10"), "approveNote", is("ok"),
						"replacementSerial", is(""), "approveReason", is(""), "partsCost", is("5"), "costCurrency",
						is("GBP")),
				fields("resolution", Kind.CHOICE, "replacementSerial", Kind.TEXT, "refundAmount", Kind.NUMBER,
						"partsCost", Kind.NUMBER, "costCurrency", Kind.CHOICE, "approveNote", Kind.TEXT, "approveReason",
						Kind.TEXT),
				true));
		forms.add(new Form("reject", () -> agent, "POST", is(staffClaim + "/reject"),
				Map.of("version", is("-1"), "reason", is("OTHER"), "rejectNote", is("No")),
				fields("reason", Kind.CHOICE, "rejectNote", Kind.TEXT), true));
		forms.add(new Form("close", () -> agent, "POST", is(staffClaim + "/close"),
				Map.of("version", is("-1"), "closeNote", is("Done")), fields("version", Kind.HIDDEN, "closeNote", Kind.TEXT),
				true));
		forms.add(new Form("staff account", () -> admin, "POST", is("/admin/accounts"),
				Map.of("email", () -> "agent-" + Fixtures.unique() + "@example.com", "displayName", is("New Agent"),
						"role", is("AGENT"), "password", is("violet tractor sings at noon")),
				fields("email", Kind.TEXT, "displayName", Kind.TEXT, "role", Kind.CHOICE, "password", Kind.TEXT),
				true));
		forms.add(new Form("recall preview", () -> admin, "POST", is("/admin/recalls"),
				Map.of("preview", is("1"), "title", is("Hinge"), "modelIds", is(tvModel), "component", is("*"),
						"remedy", is("New hinge"), "serialFrom", is(""), "serialTo", is(""), "manufacturedFrom",
						is(""), "manufacturedTo", is("")),
				fields("title", Kind.TEXT, "modelIds", Kind.CHOICE, "component", Kind.TEXT, "remedy", Kind.TEXT,
						"serialFrom", Kind.TEXT, "serialTo", Kind.TEXT, "manufacturedFrom", Kind.DATE,
						"manufacturedTo", Kind.DATE),
				true));
		forms.add(new Form("manufacturer", () -> admin, "POST", is("/admin/manufacturers"),
				Map.of("name", () -> "Maker " + Fixtures.unique(), "website", is("https://example.com"),
						"supportEmail", is("help@example.com"), "supportPhone", is("+44 20 7946 0000")),
				fields("name", Kind.TEXT, "website", Kind.TEXT, "supportEmail", Kind.TEXT, "supportPhone", Kind.TEXT,
						"keepsRegistry", Kind.CHOICE),
				true));
		forms.add(new Form("model list", () -> admin, "GET", is("/admin/models"), Map.of(),
				fields("q", Kind.TEXT, "manufacturer", Kind.CHOICE, "status", Kind.CHOICE, "afterKey", Kind.TEXT,
						"afterId", Kind.HIDDEN),
				false));
		forms.add(new Form("audit log", () -> admin, "GET", is("/admin/audit"),
				Map.of("actor", is(admin.getUsername()), "action", is("AUDIT_READ"), "targetType", is("AUDIT_LOG")),
				fields("actor", Kind.TEXT, "action", Kind.CHOICE, "targetType", Kind.CHOICE, "targetId", Kind.TEXT,
						"from", Kind.DATE, "to", Kind.DATE, "before", Kind.HIDDEN),
				true));
		forms.add(new Form("new model", () -> admin, "POST", is("/admin/models"),
				Map.of("manufacturerId", is(maker), "modelNumber", () -> "HM-" + Fixtures.unique(), "name",
						is("Hostile model"), "category", is("Test"), "components", is("door"), "terms.effectiveFrom",
						is("2020-01-01"), "terms.lines[0].component", is("*"), "terms.lines[0].partsMonths", is("24"),
						"terms.lines[0].labourMonths", is("12")),
				fields("manufacturerId", Kind.CHOICE, "modelNumber", Kind.TEXT, "name", Kind.TEXT, "category",
						Kind.TEXT, "releaseDate", Kind.DATE, "components", Kind.TEXT, "serialLabelHint", Kind.TEXT,
						"terms.effectiveFrom", Kind.DATE, "terms.lines[0].partsMonths", Kind.NUMBER,
						"terms.filingWindowDays", Kind.NUMBER),
				true));

		List<String> wrong = new ArrayList<>();
		int tried = 0;
		for (Form form : forms) {
			for (var field : form.fields().entrySet()) {
				List<String> values = new ArrayList<>(switch (field.getValue()) {
					case TEXT -> TEXT;
					case DATE -> DATES;
					case NUMBER -> NUMBERS;
					case CHOICE -> CHOICES;
					case HIDDEN -> HIDDEN;
				});
				values.add(null); // the field left out
				for (String value : values) {
					tried++;
					MockHttpServletResponse response;
					try {
						response = send(form, field.getKey(), value);
					}
					catch (Exception ex) { // MockMvc hands back what the error page would have shown as HTTP 500
						wrong.add(form.label() + " " + field.getKey() + "=" + shown(value) + ": failed with "
								+ ex.getCause());
						continue;
					}
					String problem = problemWith(form, field.getValue(), value, response);
					if (problem != null) {
						wrong.add(form.label() + " " + field.getKey() + "=" + shown(value) + ": " + problem);
					}
				}
			}
		}

		// Whatever was stored, every page that shows it escapes it.
		List<String> pages = List.of("/my", "/my/products", "/my/products/" + tv.getId(), "/my/claims",
				"/my/claims/" + claim.getNumber(), "/my/claims/" + asked.getNumber());
		List<String> staffPages = List.of("/staff", "/staff/claims", staffClaim, "/staff/claims/" + asked.getNumber(),
				"/staff/units/" + serial, "/staff/search?q=" + serial);
		List<String> adminPages = List.of("/admin/accounts", "/admin/manufacturers", "/admin/models", "/admin/recalls",
				"/admin/audit");
		for (var group : Map.of(ownerUser, pages, agent, staffPages, admin, adminPages).entrySet()) {
			for (String page : group.getValue()) {
				String body = mvc.perform(get(page).with(user(group.getKey()))).andReturn().getResponse()
					.getContentAsString();
				if (body.contains(SCRIPT) || body.contains(IMG)) {
					wrong.add(page + " shows stored input as markup");
				}
			}
		}
		System.out.println("HostileInputIT: " + tried + " hostile inputs tried on " + forms.size()
				+ " forms and pages");
		assertThat(wrong).as("hostile inputs answered badly").isEmpty();
	}

	private MockHttpServletResponse send(Form form, String field, String value) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		form.valid().forEach((name, supplier) -> params.put(name, supplier.get()));
		if (value == null) {
			params.remove(field);
		}
		else {
			params.put(field, value);
		}
		String url = form.url().get();
		AbstractMockHttpServletRequestBuilder<?> request = switch (form.method()) {
			case "GET" -> get(url);
			case "POST" -> post(url).with(csrf());
			default -> multipart(url).with(csrf());
		};
		for (var param : params.entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}
		PortalUser caller = form.caller().get();
		if (caller != null) {
			request = request.with(user(caller));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** Why the answer is wrong, or null when it is right. */
	private static String problemWith(Form form, Kind kind, String value, MockHttpServletResponse response)
			throws Exception {
		int status = response.getStatus();
		// The forms' CSRF tokens are random base64: one now and then spells "SQL" or "Exception" by chance.
		String body = CSRF_FIELD.matcher(response.getContentAsString()).replaceAll("");
		if (status >= 500) {
			return "HTTP " + status;
		}
		for (String text : FRAMEWORK_TEXT) {
			if (body.contains(text)) {
				return "shows \"" + text + "\"";
			}
		}
		if (body.contains(SCRIPT) || body.contains(IMG)) {
			return "shows the input as markup";
		}
		if (kind == Kind.HIDDEN || (kind == Kind.CHOICE && !form.answersWithMessages())) {
			// A field people do not type (a version, a token, an id in a link or a page's filter): a page in words
			// is enough, including "not found" and the error page's "That did not work".
			return status == 200 || status == 302 || status == 400 || status == 404 ? null : "HTTP " + status;
		}
		if (form.answersWithMessages() && value != null && UNREADABLE.contains(value) && kind != Kind.TEXT) {
			if (status != 200 || !(body.contains("field-error") || body.contains("class=\"alert"))) {
				return "no message on the page (HTTP " + status + ")";
			}
		}
		return status == 200 || status == 302 ? null : "HTTP " + status;
	}

	private static Map<String, Kind> fields(Object... pairs) {
		Map<String, Kind> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], (Kind) pairs[i + 1]);
		}
		return fields;
	}

	private static String shown(String value) {
		if (value == null) {
			return "(missing)";
		}
		String escaped = value.replaceAll("\\p{Cntrl}|\\p{Cf}", "?");
		return escaped.length() > 40 ? escaped.substring(0, 40) + "…(" + value.length() + ")" : escaped;
	}
}
