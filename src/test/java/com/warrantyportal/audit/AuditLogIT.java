package com.warrantyportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimDecisions;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.BrowserSession;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The audit log at /admin/audit: what real actions leave in it (with the client address), its filters, keyset pages
 * and CSV, who may read it, and that reading it is recorded too.
 */
@AutoConfigureMockMvc
class AuditLogIT extends MySqlIntegrationTest {

	private static final Pattern ROW = Pattern.compile("<tr>\\s*<td data-label=\"When\"");

	private static final Pattern ACTION_CELL = Pattern.compile("<td data-label=\"Action\">([^<]*)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	Account admin;

	@BeforeEach
	void anAdministrator() {
		admin = fixtures.staff(Role.ADMIN);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String log(String... params) throws Exception {
		MockHttpServletRequestBuilder request = get("/admin/audit");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return page(request);
	}

	private static int rows(String html) {
		return (int) ROW.matcher(html).results().count();
	}

	private static List<String> actions(String html) {
		return ACTION_CELL.matcher(html).results().map(match -> match.group(1)).toList();
	}

	/** Entries as a staff member's actions leave them, without a request (so without an address). */
	private void recorded(String actor, String action, String targetType, Object targetId, String detail) {
		transaction.executeWithoutResult(status -> audit.record(actor, action, targetType, targetId, detail));
	}

	@Test
	void realActionsShowWithWhoWhatWhichObjectAndTheClientAddress() throws Exception {
		Account owner = fixtures.owner();
		Account agent = fixtures.staff(Role.AGENT);
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now(clock).minusMonths(3));
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now(clock).minusDays(2),
				"panel", Cause.DEFECT, "A green line runs down the screen.");

		mvc.perform(post("/login").with(csrf()).with(from("192.0.2.10")).param("email", agent.getEmail())
			.param("password", "not the password")).andExpect(redirectedUrl("/login?error"));
		BrowserSession browser = new BrowserSession();
		mvc.perform(post("/login").with(csrf()).with(browser).with(from("192.0.2.11")).param("email", agent.getEmail())
			.param("password", Fixtures.PASSWORD)).andExpect(redirectedUrl("/home")).andDo(browser.keep());
		mvc.perform(post("/logout").with(csrf()).with(browser).with(from("192.0.2.14")))
			.andExpect(redirectedUrl("/login?logout"));
		mvc.perform(post("/staff/claims/{n}/assign", claim.getNumber()).param("version", String.valueOf(claim.getVersion()))
			.with(csrf()).with(user(Fixtures.user(agent))).with(from("192.0.2.12"))).andExpect(status().isFound());
		mvc.perform(get("/staff/files/{id}", tv.getProofFileId()).with(user(Fixtures.user(agent)))
			.with(from("192.0.2.13"))).andExpect(status().isOk());

		assertThat(audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber())).singleElement().satisfies(entry -> {
			assertThat(entry.getActor()).isEqualTo(agent.getEmail());
			assertThat(entry.getAction()).isEqualTo("ASSIGNED_TO_SELF");
			assertThat(entry.getClientAddress()).isEqualTo("192.0.2.12");
		});
		String html = log("actor", agent.getEmail());
		assertThat(actions(html)).containsExactly("FILE_DOWNLOADED", "ASSIGNED_TO_SELF", "SIGNED_OUT", "SIGNED_IN",
				"SIGN_IN_FAILED");
		assertThat(html).contains("CLAIM " + claim.getNumber(), FileStorage.AUDIT_TARGET + " " + tv.getProofFileId(),
				"CLIENT 192.0.2.11", "CLIENT 192.0.2.10", ">192.0.2.10<", ">192.0.2.11<", ">192.0.2.12<", ">192.0.2.13<", ">192.0.2.14<",
				">" + agent.getEmail() + "<");
		// The administrator's own look was recorded (after the page was read, so it is not on it).
		assertThat(html).doesNotContain(">" + admin.getEmail() + "<");
	}

	@Test
	void eachFilterNarrowsTheListAndFiltersCombine() throws Exception {
		String alice = "alice-" + Fixtures.unique() + "@example.com";
		String bob = "bob-" + Fixtures.unique() + "@example.com";
		String model = Fixtures.unique();
		recorded(alice, "MODEL_CHANGED", "MODEL", model, "alice changes the model");
		recorded(alice, "RECALL_OPENED", "RECALL", model, "alice opens a recall");
		recorded(bob, "MODEL_CHANGED", "MODEL", model, "bob changes the model");
		recorded(bob, "MODEL_CHANGED", "MODEL", model + "9", "bob changes another model");

		assertThat(log("actor", alice.toUpperCase())).contains("alice changes the model", "alice opens a recall")
			.doesNotContain("bob changes");
		assertThat(actions(log("action", "RECALL_OPENED"))).isNotEmpty().containsOnly("RECALL_OPENED");
		assertThat(log("targetType", "MODEL", "targetId", model)).contains("alice changes the model",
				"bob changes the model").doesNotContain("alice opens a recall", "bob changes another model");
		assertThat(log("targetType", "RECALL", "targetId", model)).contains("alice opens a recall")
			.doesNotContain("changes the model");
		assertThat(log("actor", bob, "action", "MODEL_CHANGED", "targetType", "MODEL", "targetId", model + "9"))
			.contains("bob changes another model").doesNotContain("bob changes the model", "alice");

		String today = LocalDate.now(clock).toString();
		assertThat(log("actor", bob, "from", today, "to", today)).contains("bob changes the model");
		assertThat(log("actor", bob, "from", LocalDate.now(clock).plusDays(1).toString()))
			.doesNotContain("bob changes").contains("No entry matches these filters.");
		assertThat(log("actor", bob, "to", LocalDate.now(clock).minusDays(1).toString()))
			.doesNotContain("bob changes");
	}

	@Test
	void filtersThatDoNotParseAreNamedBesideTheirFieldsAndTheLogStillShows() throws Exception {
		String html = log("from", "yesterday", "to", "2026-02-30", "action", "NO_SUCH_ACTION", "targetType", "<b>",
				"actor", "a".repeat(300), "before", "soon");
		assertThat(html).contains("id=\"from-error\"", "id=\"to-error\"", "id=\"action-error\"",
				"id=\"targetType-error\"", "id=\"actor-error\"")
			.contains("Enter the date as a date, like 2026-01-31.", "Choose an action from the list.",
					"Choose a target type from the list.", "An e-mail address has at most 254 characters.",
					"This page link is out of date")
			.contains("value=\"yesterday\"");
		assertThat(log("from", "2026-03-10", "to", "2026-03-01")).contains(HtmlUtils.htmlEscape(
				"Enter a date on or after the \"from\" date."));
		assertThat(log("from", "+99999-01-01")).contains("Enter a date between the years 1000 and 9999.");
		mvc.perform(get("/admin/audit.csv").param("from", "yesterday").with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/html")));
	}

	@Test
	void fiftyEntriesAPageAndTheOlderOnesByTheLinkAtTheBottom() throws Exception {
		String actor = "busy-" + Fixtures.unique() + "@example.com";
		transaction.executeWithoutResult(status -> {
			for (int n = 1; n <= 55; n++) {
				audit.record(actor, "MODEL_CHANGED", "MODEL", n, "change number " + n + ".");
			}
		});

		String first = log("actor", actor);
		assertThat(rows(first)).isEqualTo(AuditTrail.PAGE);
		assertThat(first.indexOf("change number 55.")).isPositive().isLessThan(first.indexOf("change number 6."));
		assertThat(first).doesNotContain("change number 5.");
		Matcher older = Pattern.compile("href=\"([^\"]*)\">Older entries").matcher(first);
		assertThat(older.find()).isTrue();
		String second = page(get(URI.create(HtmlUtils.htmlUnescape(older.group(1)))));
		assertThat(rows(second)).isEqualTo(5);
		assertThat(second).contains("change number 5.", "change number 1.").doesNotContain("change number 6.")
			.doesNotContain("Older entries");
	}

	@Test
	void theCsvHasTheFilteredEntriesQuotedAndSafeForSpreadsheets() throws Exception {
		String actor = "csv+" + Fixtures.unique() + "@example.com";
		recorded(actor, "MODEL_CHANGED", "MODEL", 1, "=HYPERLINK(\"http://evil.example\")");
		recorded(actor, "MODEL_CHANGED", "MODEL", 2, "Name, with a comma");
		recorded("other-" + Fixtures.unique() + "@example.com", "MODEL_CHANGED", "MODEL", 1, "someone else");

		// The page's download link carries the filter, with the e-mail's plus kept.
		Matcher link = Pattern.compile("href=\"([^\"]*audit\\.csv[^\"]*)\"").matcher(log("actor", actor));
		assertThat(link.find()).isTrue();
		String csv = mvc.perform(get(URI.create(HtmlUtils.htmlUnescape(link.group(1)))).with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo("id,when,who,action,target_type,target_id,details,address");
		assertThat(lines[1]).contains("," + actor + ",MODEL_CHANGED,MODEL,2,\"Name, with a comma\",");
		assertThat(lines[2]).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",");
		assertThat(csv).doesNotContain("someone else");
	}

	@Test
	void onlyAdministratorsReadTheLog() throws Exception {
		for (String path : List.of("/admin/audit", "/admin/audit.csv")) {
			mvc.perform(get(path).with(user(Fixtures.user(fixtures.staff(Role.AGENT))))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user(Fixtures.user(fixtures.staff(Role.SUPERVISOR)))))
				.andExpect(status().isForbidden());
			mvc.perform(get(path).with(user(Fixtures.user(fixtures.owner())))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void readingAndDownloadingTheLogAreRecordedInIt() throws Exception {
		recorded("someone-" + Fixtures.unique() + "@example.com", "MODEL_CHANGED", "MODEL", 1, "a change");
		log("action", "MODEL_CHANGED");
		mvc.perform(get("/admin/audit.csv").param("targetType", "MODEL").with(user(Fixtures.user(admin)))
			.with(from("198.51.100.7"))).andExpect(status().isOk());

		String html = log("actor", admin.getEmail());
		assertThat(actions(html)).containsExactly(AuditTrail.AUDIT_EXPORT, AuditTrail.AUDIT_READ);
		assertThat(html).contains("target type=MODEL", "action=MODEL_CHANGED", ">198.51.100.7<");
	}
}
