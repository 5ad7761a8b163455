package com.warrantyportal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.bench.ClaimVolume;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.RecordedStatements;
import com.warrantyportal.support.TestDatabase;
import com.warrantyportal.support.Users;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main pages' queries at volume use indexes. On a database of its own, loaded with 40,000 claims (most closed,
 * the newest 6 % open) on 20,000 models with their units, registrations, timelines, audit trail, receipts,
 * snapshots, registry entries, alerts and plans, each test requests a page through the whole application, records
 * every statement it sends (as the server receives it, values included), and runs EXPLAIN on each SELECT: it fails
 * when a table of 1,000 rows or more is read whole ({@code ALL}) or by a full index scan ({@code index}). On MariaDB
 * it also runs the statement with {@code ANALYZE} and fails when the staff pages' statements read more rows than a
 * page needs; and it counts the statements per request.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("mysql")
@Import(Fixtures.class)
class QueryPlansIT {

	private static final int CLAIMS = 40_000;

	private static final int MODELS = 20_000;

	/** Rows one statement of a staff page may read: a page of 50 from up to 7 status ranges, and its joins. */
	private static final long ROWS_PER_STATEMENT = 1_500;

	private static final Pattern TABLE_ALIAS = Pattern
		.compile("(?i)\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?");

	private static final Set<String> NOT_ALIASES = Set.of("where", "on", "join", "left", "inner", "order", "group",
			"limit", "union", "cross", "for", "having");

	private static Database database;

	private static Volume volume;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.warrantyportal.registration.CoverageEnds coverageEnds;

	@Autowired
	com.warrantyportal.claim.ClaimChanges claimChanges;

	@Autowired
	com.warrantyportal.reporting.ReportUnitCounts unitCounts;

	@Autowired
	com.warrantyportal.catalog.CatalogService catalog;

	@DynamicPropertySource
	static void volumeDatabase(DynamicPropertyRegistry registry) {
		Map<String, String> properties = new HashMap<>(TestDatabase.fresh("plans"));
		String url = properties.get("spring.datasource.url");
		database = new Database(url, properties.get("spring.datasource.username"),
				properties.get("spring.datasource.password"));
		properties.put("spring.datasource.url",
				url + (url.contains("?") ? "&" : "?") + RecordedStatements.URL_PARAMETER);
		properties.forEach((key, value) -> registry.add(key, () -> value));
		registry.add("warranty.mail.scheduler", () -> "false");
		registry.add("warranty.reports.unit-counts-first", () -> "3650d"); // no recount while the volume loads
		registry.add("warranty.check.per-minute", () -> "0"); // the page's own statements, not the limiter's
		registry.add("warranty.uploads-dir", () -> "target/test-uploads");
	}

	/** What the volume holds that the tests ask for. */
	record Volume(ClaimVolume.Loaded data, Account agent, long ownerId, String claimNumber, String popularModelNumber,
			String openCursor, String anyCursor, String popularCursor) {
	}

	private static boolean loading;

	@BeforeEach
	void loadOnce() {
		if (volume != null) {
			return;
		}
		if (loading) {
			throw new IllegalStateException("Loading the volume failed in an earlier test: see its error");
		}
		loading = true;
		Account agent = accounts.create("plans.agent@example.com", "violet tractor sings at noon", "Plans Agent",
				Role.AGENT);
		List<Long> agents = new ArrayList<>(List.of(agent.getId()));
		for (int i = 1; i < 8; i++) {
			agents.add(accounts.create("plans.agent" + i + "@example.com", "violet tractor sings at noon",
					"Plans Agent " + i, Role.AGENT).getId());
		}
		ClaimVolume.Loaded data = ClaimVolume.load(database.properties(),
				new ClaimVolume.Spec(10, MODELS, 4_000, agents.size(), CLAIMS, 0.06, 7), agents, "P",
				LocalDateTime.now(ZoneOffset.UTC));
		addHistory(data);
		String claim = data.claimPrefix() + (CLAIMS - 100);
		long owner = jdbc.queryForObject("SELECT owner_id FROM claim WHERE claim_number = ?", Long.class, claim);
		String popular = jdbc.queryForObject("SELECT model_number FROM product_model WHERE id = ?", String.class,
				data.popularModelId());
		volume = new Volume(data, agent, owner, claim, popular,
				cursorAt("c.status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED')", 600),
				cursorAt("1 = 1", CLAIMS / 2), cursorAt("u.model_id = " + data.popularModelId(), 200));
	}

	/** The rest of a working portal's history, written by the database from the claims themselves. */
	private void addHistory(ClaimVolume.Loaded data) {
		jdbc.update("INSERT INTO warranty_terms (model_id, effective_from, created_at, created_by) "
				+ "SELECT id, '2020-01-01', NOW(), 'volume' FROM product_model");
		jdbc.update("INSERT INTO coverage_line (terms_id, component, parts_months, labour_months) "
				+ "SELECT id, '*', 24, 24 FROM warranty_terms");
		jdbc.update("INSERT INTO claim_event (claim_id, occurred_at, actor_label, event_type, to_status) "
				+ "SELECT id, created_at, 'Volume Owner', 'SUBMITTED', 'SUBMITTED' FROM claim");
		jdbc.update("INSERT INTO claim_event (claim_id, occurred_at, actor_label, event_type, from_status, to_status) "
				+ "SELECT id, updated_at, 'Plans Agent', 'IN_REVIEW', 'SUBMITTED', 'IN_REVIEW' FROM claim "
				+ "WHERE status <> 'SUBMITTED'");
		jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, target_type, target_id, detail) "
				+ "SELECT updated_at, 'Plans Agent', 'ASSIGNED_TO_SELF', 'CLAIM', claim_number, NULL FROM claim "
				+ "WHERE assignee_id IS NOT NULL");
		jdbc.update("INSERT INTO verdict_snapshot (claim_id, taken_at, taken_for, status, coverage, reason_codes, "
				+ "explanations, summary) SELECT id, updated_at, 'APPROVED', 'ELIGIBLE', 'FULL', '', '', 'Volume' "
				+ "FROM claim WHERE status IN ('APPROVED', 'CLOSED')");
		jdbc.update("INSERT INTO stored_file (owner_id, storage_name, original_name, content_type, size_bytes, "
				+ "sha256, created_at) SELECT owner_id, CONCAT('volume-', id), 'receipt.pdf', 'application/pdf', 100, "
				+ "'volume', created_at FROM registration");
		jdbc.update("UPDATE registration SET proof_file_id = (SELECT f.id FROM stored_file f "
				+ "WHERE f.storage_name = CONCAT('volume-', registration.id))");
		jdbc.update("INSERT INTO claim_attachment (claim_id, file_id) SELECT c.id, f.id FROM claim c "
				+ "JOIN stored_file f ON f.storage_name = CONCAT('volume-', c.registration_id)");
		long registryMaker = data.manufacturerIds().get(0);
		jdbc.update("UPDATE manufacturer SET keeps_registry = TRUE WHERE id = ?", registryMaker);
		jdbc.update("INSERT INTO serial_registry_entry (manufacturer_id, serial_key, serial_display, model_id, "
				+ "manufacture_date) SELECT manufacturer_id, serial_key, serial_display, model_id, '2024-01-01' "
				+ "FROM unit WHERE manufacturer_id = ?", registryMaker);
		jdbc.update("INSERT INTO staff_alert (occurred_at, alert_type, unit_id, message) "
				+ "SELECT created_at, 'STOLEN_SERIAL_REGISTRATION', id, 'Volume alert' FROM unit WHERE MOD(id, 10) = 0");
		jdbc.update("INSERT INTO extended_plan (unit_id, name, months, purchase_date, created_by, created_at) "
				+ "SELECT id, 'Volume plan', 12, '2024-01-01', 'volume', created_at FROM unit WHERE MOD(id, 5) = 0");
		jdbc.update("INSERT INTO recall_campaign (manufacturer_id, title, component, remedy, opened_on, created_by) "
				+ "SELECT manufacturer_id, 'Volume recall', '*', 'Replace it.', '2025-01-01', 'volume' "
				+ "FROM product_model WHERE id = ?", data.popularModelId());
		jdbc.update("INSERT INTO recall_campaign_model (campaign_id, model_id) SELECT MAX(id), ? FROM recall_campaign",
				data.popularModelId());
		// InnoDB recounts a table's statistics in the background some time after a bulk insert: counted now, so that
		// the plans checked below are the ones of a portal whose tables grew over time, whenever the recount comes.
		jdbc.execute("ANALYZE TABLE account, manufacturer, product_model, unit, registration, claim, claim_event, "
				+ "audit_entry, verdict_snapshot, stored_file, claim_attachment, serial_registry_entry, staff_alert, "
				+ "extended_plan, warranty_terms, coverage_line, recall_campaign, recall_campaign_model");
	}

	/** The cursor of a page deep into the claims that match, in another order: its columns, then id, by offset. */
	private String cursorIn(String columns, String where, int offset) {
		return jdbc.queryForObject("SELECT " + columns + ", id FROM claim WHERE " + where + " ORDER BY " + columns
				+ ", id LIMIT 1 OFFSET " + offset, (rs, n) -> {
					List<String> parts = new ArrayList<>();
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						Object value = rs.getObject(i);
						parts.add(value instanceof String text ? Base64.getUrlEncoder().withoutPadding()
							.encodeToString(text.getBytes(StandardCharsets.UTF_8))
								: value instanceof Number ? value.toString()
										: rs.getObject(i, LocalDateTime.class).toString());
					}
					return String.join("~", parts);
				});
	}

	/** The cursor of a page deep into the claims that match. */
	private String cursorAt(String where, int offset) {
		return jdbc.queryForObject("SELECT c.created_at, c.id FROM claim c JOIN unit u ON u.id = c.unit_id WHERE "
				+ where + " ORDER BY c.created_at, c.id LIMIT 1 OFFSET " + offset,
				(rs, n) -> rs.getObject(1, LocalDateTime.class) + "~" + rs.getLong(2));
	}

	// ---- The staff queue: every filter, first and deep pages, both orders.

	@Test
	void theQueueReadsAnIndexForEveryFilterOnFirstAndDeepPages() throws Exception {
		String maker = String.valueOf(volume.data().manufacturerIds().get(3));
		String model = String.valueOf(volume.data().typicalModelId());
		List<String[]> filters = List.of(new String[] {}, new String[] { "after", volume.openCursor() },
				new String[] { "sort", "newest" }, new String[] { "sort", "newest", "after", volume.openCursor() },
				new String[] { "status", "ALL" }, new String[] { "status", "ALL", "after", volume.anyCursor() },
				new String[] { "status", "ALL", "sort", "newest", "after", volume.anyCursor() },
				new String[] { "status", "CLOSED", "after", volume.anyCursor() },
				new String[] { "status", "SUBMITTED" }, new String[] { "verdict", "NOT_ELIGIBLE" },
				new String[] { "status", "ALL", "verdict", "NEEDS_REVIEW", "after", volume.anyCursor() },
				new String[] { "manufacturer", maker }, new String[] { "status", "ALL", "manufacturer", maker,
						"sort", "newest", "after", volume.anyCursor() },
				new String[] { "model", model }, new String[] { "status", "ALL", "model", model },
				new String[] { "modelNumber", volume.popularModelNumber() },
				new String[] { "status", "ALL", "modelNumber", volume.popularModelNumber(), "after",
						volume.popularCursor() },
				new String[] { "assigned", "me" }, new String[] { "status", "ALL", "assigned", "me" },
				new String[] { "assigned", "none" }, new String[] { "assigned", "none", "after", volume.openCursor() },
				new String[] { "olderThan", "7", "sort", "newest" },
				new String[] { "verdict", "ELIGIBLE", "manufacturer", maker, "assigned", "none" },
				new String[] { "status", "ALL", "verdict", "ELIGIBLE", "model", model, "assigned", "me" });
		assertThat(queuePlanProblems(filters)).isEmpty();
	}

	@Test
	void theQueueReadsAnIndexInEveryOrderWithEveryFilterOnFirstAndDeepPages() throws Exception {
		String maker = String.valueOf(volume.data().manufacturerIds().get(3));
		String model = String.valueOf(volume.data().popularModelId());
		String open = "status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED')";
		String dueDeep = "due~" + cursorIn("due_at", open + " AND due_at IS NOT NULL", 600);
		String dueUntimed = "due~~" + jdbc.queryForObject(
				"SELECT id FROM claim WHERE status = 'INFO_REQUESTED' ORDER BY id LIMIT 1 OFFSET 100", Long.class);
		String modelDeep = "model~" + cursorIn("model_number_key, created_at", open, 600);
		String modelAny = "model~" + cursorIn("model_number_key, created_at", "1 = 1", CLAIMS / 2);
		String statusDeep = "status~IN_REVIEW~" + cursorIn("created_at", "status = 'IN_REVIEW'", 300);
		String statusAny = "status~CLOSED~" + cursorIn("created_at", "status = 'CLOSED'", 10_000);
		List<String[]> filters = List.of(new String[] { "sort", "due" }, new String[] { "sort", "due", "after", dueDeep },
				new String[] { "sort", "due", "after", dueUntimed },
				new String[] { "status", "ALL", "sort", "due", "after", dueDeep },
				new String[] { "status", "ALL", "sort", "due", "after", dueUntimed },
				new String[] { "sort", "due", "due", "overdue" }, new String[] { "sort", "due", "assigned", "me" },
				new String[] { "sort", "due", "assigned", "none", "after", dueDeep },
				new String[] { "sort", "due", "manufacturer", maker }, new String[] { "sort", "due", "verdict",
						"NEEDS_REVIEW" },
				new String[] { "status", "ALL", "sort", "due", "model", model },
				new String[] { "sort", "model" }, new String[] { "sort", "model", "after", modelDeep },
				new String[] { "sort", "model-desc", "after", modelDeep },
				new String[] { "status", "ALL", "sort", "model", "after", modelAny },
				new String[] { "status", "CLOSED", "sort", "model-desc", "after", modelAny },
				new String[] { "sort", "model", "manufacturer", maker }, new String[] { "status", "ALL", "sort", "model",
						"verdict", "NOT_ELIGIBLE", "after", modelAny },
				new String[] { "sort", "model", "assigned", "me" }, new String[] { "sort", "model", "assigned", "none" },
				new String[] { "status", "ALL", "sort", "model", "model", model },
				new String[] { "sort", "status" }, new String[] { "sort", "status", "after", statusDeep },
				new String[] { "sort", "status-desc", "after", statusDeep },
				new String[] { "status", "ALL", "sort", "status", "after", statusAny },
				new String[] { "status", "ALL", "sort", "status-desc", "manufacturer", maker, "after", statusAny });
		assertThat(queuePlanProblems(filters)).isEmpty();
	}

	@Test
	void theQueuePageIsTwoReadsAndSmallHtmlWithTwentyThousandModels() throws Exception {
		mvc.perform(get("/staff/claims").with(user(staff()))).andExpect(status().isOk());
		List<String> statements = RecordedStatements.during(() -> {
			MvcResult result = mvc.perform(get("/staff/claims").with(user(staff())))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(100_000);
			String html = result.getResponse().getContentAsString();
			assertThat(html).contains(volume.data().claimPrefix());
			assertThat(html.split("<option", -1).length - 1).isLessThan(50);
		});
		// The page, then the manufacturers in the catalogue's own read-only transaction (4 with its autocommit
		// switches). The status counts come from their cache of a few seconds: on a slow machine the warm-up's
		// counts may have aged out, so a recount may come too, but nothing else.
		List<String> recounts = selects(statements).stream()
			.filter(sql -> sql.startsWith("SELECT status, COUNT(*) AS claims FROM claim"))
			.toList();
		assertThat(recounts).hasSizeLessThanOrEqualTo(1);
		assertThat(selects(statements)).hasSize(2 + recounts.size());
		assertThat(statements).hasSizeLessThanOrEqualTo(5 + recounts.size());
	}

	@Test
	void theModelSuggestionsReadAPrefixOfTheModelNumberIndex() throws Exception {
		String maker = String.valueOf(volume.data().manufacturerIds().get(2));
		List<String> problems = new ArrayList<>();
		// "VMP-1" starts 11,111 of the 20,000 model numbers, "VMP-12" 1,111.
		for (String typed : List.of(volume.popularModelNumber(), volume.data().modelPrefix() + "12")) {
			problems.addAll(checkPlans("model suggestions " + typed,
					get("/staff/claims/models").param("q", typed).with(user(staff())), true));
			problems.addAll(checkPlans("model suggestions " + typed + " of one manufacturer",
					get("/staff/claims/models").param("q", typed).param("manufacturer", maker).with(user(staff())),
					true));
		}
		problems.addAll(checkPlans("queue typed model of one manufacturer", get("/staff/claims")
			.param("modelNumber", volume.popularModelNumber())
			.param("manufacturer", String.valueOf(volume.data().manufacturerIds().get(1)))
			.with(user(staff())), true));
		assertThat(problems).isEmpty();
	}

	// ---- Model pickers: the owner's "Register a product" and the administrator's recall campaign form.

	@Test
	void theModelPickersReadARangeOfAnIndexAndShowAPageOfTwentyThousandModels() throws Exception {
		PortalUser owner = Users.of(Role.OWNER, volume.ownerId());
		PortalUser admin = Users.of(Role.ADMIN);
		String numberStart = volume.data().modelPrefix() + "12"; // starts 1,111 of the 20,000 model numbers
		List<String> problems = new ArrayList<>();
		problems.addAll(checkPlans("registration form", get("/my/products/new").with(user(owner)), true));
		problems.addAll(checkPlans("registration form, a number's start",
				get("/my/products/new").param("q", numberStart.toLowerCase(Locale.ROOT)).with(user(owner)), true));
		problems.addAll(checkPlans("registration form, a whole number",
				get("/my/products/new").param("q", volume.popularModelNumber()).with(user(owner)), true));
		problems.addAll(checkPlans("registration form, a name's start",
				get("/my/products/new").param("q", "Volume model 12").with(user(owner)), true));
		problems.addAll(checkPlans("recall form", get("/admin/recalls").with(user(admin)), true));
		// The recall form's "Find models" is a POST: its search, checked here directly (a request with a test CSRF
		// token would leave the application's token repository replaced for the tests after it).
		List<com.warrantyportal.catalog.ProductModel> toTick = new ArrayList<>();
		problems.addAll(checkPlans("recall form, finding models",
				RecordedStatements.during(() -> toTick.addAll(catalog.searchAllModels(numberStart, 50))), true));
		assertThat(problems).isEmpty();
		assertThat(toTick).hasSize(50);

		String found = mvc.perform(get("/my/products/new").param("q", numberStart).with(user(owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found.split("/my/products/new\\?model=", -1).length - 1).as("models to choose").isEqualTo(50);
		MvcResult recallForm = mvc.perform(get("/admin/recalls").with(user(admin))).andExpect(status().isOk())
			.andReturn();
		assertThat(recallForm.getResponse().getContentAsByteArray().length).isLessThan(100_000);
		assertThat(recallForm.getResponse().getContentAsString()).doesNotContain("type=\"checkbox\"");
	}

	// ---- Home pages and work lists: the staff home (counts and the supervisor's workload), the staff accounts, the
	// pending transfers, the owner's home. (The admin home counts every owner, and the manufacturers' pages every unit
	// of a manufacturer: those figures are kept for a minute, warranty.counts.fresh-for.)

	@Test
	void theHomePagesAndStaffListsReadByIndex() throws Exception {
		PortalUser supervisor = Users.of(Role.SUPERVISOR, volume.agent().getId());
		List<String> problems = new ArrayList<>();
		mvc.perform(get("/staff/claims").with(user(supervisor))).andExpect(status().isOk()); // counts kept
		problems.addAll(checkPlans("staff home", get("/staff").with(user(supervisor)), true));
		problems.addAll(checkPlans("staff accounts", get("/admin/accounts").with(user(Users.of(Role.ADMIN))), true));
		problems.addAll(checkPlans("pending transfers", get("/staff/transfers").with(user(supervisor)), true));
		problems.addAll(checkPlans("owner home", get("/my").with(user(Users.of(Role.OWNER, volume.ownerId()))), true));
		assertThat(problems).isEmpty();
	}

	// ---- The staff claim page.

	@Test
	void theClaimPageReadsByIndexWithAStatementPerList() throws Exception {
		List<String> statements = RecordedStatements.during(() -> mvc
			.perform(get("/staff/claims/{number}", volume.claimNumber()).with(user(staff())))
			.andExpect(status().isOk()));
		// One transaction (3 statements: autocommit off, commit, on) around 12 reads: the claim with all it points
		// at, attachments, other claims on the serial, terms and their lines, plans, recalls, snapshots, timeline,
		// audit trail, alerts and the decision's cost lines. It was 24.
		assertThat(selects(statements)).hasSizeLessThanOrEqualTo(12);
		assertThat(statements).hasSizeLessThanOrEqualTo(15);
		assertThat(checkPlans("claim page", statements, true)).isEmpty();
	}

	// ---- The public serial check.

	@Test
	void theSerialCheckReadsByIndexInAFewStatements() throws Exception {
		String serial = volume.data().ownerSerial();
		List<String> statements = RecordedStatements
			.during(() -> mvc.perform(get("/check").param("serial", serial.toLowerCase(Locale.ROOT)))
				.andExpect(status().isOk()));
		// The unit and its facts in one statement, the terms of its model in one, its open recalls in one; no
		// transaction. The look-up limit's bucket is read and written only every few look-ups of an address (an
		// earlier test in the same application may have just done it), so its statements are not counted here.
		assertThat(statements.stream().filter(sql -> !sql.contains("rate_bucket")).toList()).hasSize(3);
		assertThat(checkPlans("serial check", statements, true)).isEmpty();
	}

	// ---- Staff search: every kind of hit by an index of its own.

	@Test
	void theStaffSearchReadsAnIndexForEveryKind() throws Exception {
		List<String> problems = new ArrayList<>();
		PortalUser agent = staff();
		// A serial (the whole search list, as two manufacturers could share it), an e-mail, the start of many
		// owners' names, a model number's start; and a claim number, which opens the claim.
		problems.addAll(checkPlans("search serial", get("/staff/search").param("q", volume.data().ownerSerial() + "X")
			.with(user(agent)), false));
		problems.addAll(checkPlans("search e-mail",
				get("/staff/search").param("q", "volume-P-12@example.com").with(user(agent)), false));
		problems.addAll(checkPlans("search name", get("/staff/search").param("q", "Volume Own").with(user(agent)),
				false));
		problems.addAll(checkPlans("search model", get("/staff/search").param("q", volume.data().modelPrefix() + "1")
			.with(user(agent)), false));
		List<String> claimNumber = RecordedStatements.during(() -> mvc
			.perform(get("/staff/search").param("q", volume.claimNumber()).with(user(agent)))
			.andExpect(status().is3xxRedirection()));
		problems.addAll(checkPlans("search claim number", claimNumber, false));
		assertThat(problems).isEmpty();
	}

	// ---- The audit log: each filter alone and together, first and deep pages (keyset on id).

	@Test
	void theAuditLogReadsAnIndexForEveryFilterOnFirstAndDeepPages() throws Exception {
		PortalUser admin = Users.of(Role.ADMIN);
		String claim = volume.claimNumber();
		// The volume was inserted in bulk a moment ago, and InnoDB recounts a table's statistics in the background
		// after that: until it has, the optimizer may walk an actor's whole (actor, id) range backwards for a deep page
		// instead of reading the range below the cursor. A live audit log grows slowly and always has counted ones.
		jdbc.execute("ANALYZE TABLE audit_entry");
		long deep = jdbc.queryForObject("SELECT id FROM audit_entry ORDER BY id LIMIT 1 OFFSET 500", Long.class);
		String today = LocalDate.now().toString();
		String monthAgo = LocalDate.now().minusDays(30).toString();
		List<String[]> filters = List.of(new String[] { "before", String.valueOf(deep) },
				new String[] { "actor", "Plans Agent" }, new String[] { "action", "ASSIGNED_TO_SELF" },
				new String[] { "targetType", "CLAIM" }, new String[] { "targetType", "CLAIM", "targetId", claim },
				new String[] { "actor", "Plans Agent", "before", String.valueOf(deep) },
				new String[] { "action", "ASSIGNED_TO_SELF", "targetType", "CLAIM", "before", String.valueOf(deep) },
				new String[] { "from", today, "to", today },
				new String[] { "from", monthAgo, "actor", "Plans Agent", "action", "ASSIGNED_TO_SELF" });
		List<String> problems = new ArrayList<>();
		for (String[] filter : filters) {
			MockHttpServletRequestBuilder request = get("/admin/audit").with(user(admin));
			for (int i = 0; i < filter.length; i += 2) {
				request.param(filter[i], filter[i + 1]);
			}
			problems.addAll(checkPlans("audit log " + String.join(" ", filter), request, true));
		}
		assertThat(problems).isEmpty();
	}

	// ---- The owner's pages: not ours to change, but their plans are checked the same way.

	@Test
	void theOwnersProductAndClaimListsReadByIndex() throws Exception {
		PortalUser owner = Users.of(Role.OWNER, volume.ownerId());
		List<String> problems = new ArrayList<>();
		problems.addAll(checkPlans("owner products", get("/my/products").with(user(owner)), false));
		problems.addAll(checkPlans("owner claims", get("/my/claims").with(user(owner)), false));
		assertThat(problems).isEmpty();
	}

	@Test
	void theCoverageReminderJobReadsRegistrationsAPageAtATimeByIndex() throws Exception {
		LocalDate today = LocalDate.now();
		List<String> problems = new ArrayList<>();
		long[] next = new long[1];
		List<String> first = RecordedStatements.during(() -> next[0] = coverageEnds.after(0, 500, today, 90).next());
		problems.addAll(checkPlans("reminders, first page", first, true));
		assertThat(next[0]).as("a page of 500 units is not the last one at this volume").isPositive();
		problems.addAll(checkPlans("reminders, next page",
				RecordedStatements.during(() -> coverageEnds.after(next[0], 500, today, 90)), true));
		assertThat(selects(first)).as("reads of one page, whatever its size").hasSize(6);
		assertThat(problems).isEmpty();
	}

	@Test
	void aManufacturersClaimSyncReadsItsIndexOnFirstAndLaterPages() throws Exception {
		long manufacturerId = volume.data().manufacturerIds().get(0);
		List<String> problems = new ArrayList<>();
		com.warrantyportal.claim.ClaimChanges.Cursor[] last = new com.warrantyportal.claim.ClaimChanges.Cursor[1];
		problems.addAll(checkPlans("claim sync, first page",
				RecordedStatements.during(() -> last[0] = claimChanges.after(manufacturerId, null, 100).last()), true));
		assertThat(last[0]).as("a manufacturer of the volume has claims").isNotNull();
		problems.addAll(checkPlans("claim sync, next page",
				RecordedStatements.during(() -> claimChanges.after(manufacturerId, last[0], 100)), true));
		assertThat(problems).isEmpty();
	}

	@Test
	void theReportsReadTheirCoveringIndexes() throws Exception {
		// The volume's closed claims decided three days after receipt, four in five approved.
		jdbc.update("UPDATE claim SET decided_at = DATE_ADD(created_at, INTERVAL 3 DAY), resolution = CASE WHEN "
				+ "MOD(id, 5) = 0 THEN NULL ELSE 'REPAIR' END, remedy_amount = CASE WHEN MOD(id, 5) = 0 THEN NULL "
				+ "ELSE 120.00 END WHERE status = 'CLOSED' AND decided_at IS NULL");
		unitCounts.recount();
		PortalUser supervisor = Users.of(Role.SUPERVISOR, volume.agent().getId());
		List<String> problems = new ArrayList<>();
		List<String> statements = RecordedStatements
			.during(() -> mvc.perform(get("/staff/reports").with(user(supervisor))).andExpect(status().isOk()));
		problems.addAll(checkPlans("reports", statements, false));
		problems.addAll(checkPlans("reports of a manufacturer", get("/staff/reports")
			.param("manufacturer", volume.data().manufacturerIds().get(0).toString())
			.with(user(supervisor)), false));
		problems.addAll(checkPlans("reports of a model", get("/staff/reports").param("modelNumber",
				volume.popularModelNumber()).with(user(supervisor)), false));
		// Unfiltered, every aggregate over the claims is answered from an index alone (V35's, or a narrower one).
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String sql : selects(statements)) {
				if (!sql.contains("FROM claim WHERE")) {
					continue;
				}
				try (ResultSet rs = statement.executeQuery("EXPLAIN " + sql)) {
					while (rs.next()) {
						if ("claim".equals(rs.getString("table"))) {
							assertThat(rs.getString("Extra")).as(sql).contains("Using index");
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The queue's plans for each filter, given as query parameter names and values in turn. */
	private List<String> queuePlanProblems(List<String[]> filters) throws Exception {
		List<String> problems = new ArrayList<>();
		for (String[] filter : filters) {
			MockHttpServletRequestBuilder request = get("/staff/claims").with(user(staff()));
			for (int i = 0; i < filter.length; i += 2) {
				request.param(filter[i], filter[i + 1]);
			}
			problems.addAll(checkPlans("queue " + String.join("=", filter), request, true));
		}
		return problems;
	}

	private PortalUser staff() {
		return Fixtures.user(volume.agent());
	}

	private List<String> checkPlans(String page, MockHttpServletRequestBuilder request, boolean countRows)
			throws Exception {
		List<String> statements = RecordedStatements
			.during(() -> mvc.perform(request).andExpect(status().isOk()));
		assertThat(selects(statements)).as(page).isNotEmpty();
		return checkPlans(page, statements, countRows);
	}

	/**
	 * EXPLAINs every SELECT; on MariaDB also ANALYZEs it. Returns what is wrong, one line each, and prints a line per
	 * statement and table read.
	 */
	private List<String> checkPlans(String page, List<String> statements, boolean countRows) throws SQLException {
		List<String> problems = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			Map<String, Long> sizes = tableSizes(statement);
			for (String sql : selects(statements)) {
				Map<String, String> aliases = aliases(sql);
				StringBuilder plan = new StringBuilder();
				try (ResultSet rs = statement.executeQuery("EXPLAIN " + sql)) {
					ResultSetMetaData meta = rs.getMetaData();
					while (rs.next()) {
						Map<String, String> row = new HashMap<>();
						for (int i = 1; i <= meta.getColumnCount(); i++) {
							row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
						}
						String alias = row.get("table");
						String table = alias == null ? null : aliases.getOrDefault(alias.toLowerCase(Locale.ROOT),
								alias.toLowerCase(Locale.ROOT));
						String type = row.get("type");
						plan.append(" ").append(table).append(':').append(type).append('(').append(row.get("key"))
							.append(",~").append(row.get("rows")).append(')');
						if (table != null && sizes.getOrDefault(table, 0L) >= 1_000
								&& ("ALL".equals(type) || "index".equals(type))) {
							problems.add(page + ": " + type + " on " + table + " (" + sizes.get(table) + " rows) in "
									+ sql);
						}
					}
				}
				String read = "";
				if (database.mariaDb()) {
					long rows = rowsRead(statement, sql);
					read = " read " + rows + " rows";
					if (countRows && rows > ROWS_PER_STATEMENT && !sql.contains("COUNT(")) {
						problems.add(page + ": read " + rows + " rows in " + sql);
					}
				}
				System.out.printf("query plan: %-40s%s%s | %s%n", page, plan, read,
						sql.replaceAll("\\s+", " ").substring(0, Math.min(140, sql.replaceAll("\\s+", " ").length())));
			}
		}
		return problems;
	}

	private static List<String> selects(List<String> statements) {
		return statements.stream().filter(sql -> sql.stripLeading().regionMatches(true, 0, "select", 0, 6)).toList();
	}

	/** Alias to table name, from the FROM and JOIN clauses of the statement. */
	private static Map<String, String> aliases(String sql) {
		Map<String, String> aliases = new HashMap<>();
		Matcher matcher = TABLE_ALIAS.matcher(sql);
		while (matcher.find()) {
			String table = matcher.group(1).toLowerCase(Locale.ROOT);
			aliases.put(table, table);
			String alias = matcher.group(2);
			if (alias != null && !NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT))) {
				aliases.put(alias.toLowerCase(Locale.ROOT), table);
			}
		}
		return aliases;
	}

	private static Map<String, Long> tableSizes(Statement statement) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		Map<String, Long> sizes = new HashMap<>();
		for (String table : tables) {
			try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
				rs.next();
				sizes.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
			}
		}
		return sizes;
	}

	/** MariaDB's ANALYZE runs the statement and reports, per table read, its loops and rows per loop. */
	private static long rowsRead(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery("ANALYZE FORMAT=JSON " + sql)) {
			rs.next();
			return rowsRead(JsonMapper.builder().build().readTree(rs.getString(1)));
		}
	}

	private static long rowsRead(JsonNode node) {
		long rows = 0;
		if (node.isObject()) {
			if (node.has("table_name") && node.has("r_rows")) {
				rows += Math.round(node.path("r_loops").asDouble(1) * node.path("r_rows").asDouble());
			}
			for (String name : node.propertyNames()) {
				rows += rowsRead(node.path(name));
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				rows += rowsRead(element);
			}
		}
		return rows;
	}

	/** The database of this test, reached directly (not recorded). */
	record Database(String url, String user, String password) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(url, user, password);
		}

		Map<String, String> properties() {
			return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
					"spring.datasource.password", password);
		}

		boolean mariaDb() throws SQLException {
			try (Connection connection = connect()) {
				return connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT)
					.contains("mariadb");
			}
		}
	}
}
