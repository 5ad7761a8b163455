package com.warrantyportal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.warrantyportal.support.BrowserSession;
import com.warrantyportal.support.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bench data set at a small scale, in a database of its own: it loads on the current schema (a migration that
 * adds a column the generator does not fill fails here first), keeps the constraints the load did not check, has the
 * owners and claims the page benchmark asks for, and every page the benchmark measures renders its rows.
 */
@SpringBootTest
@ActiveProfiles("mysql")
@AutoConfigureMockMvc
class BenchDataIT {

	private static final double SCALE = 0.002;

	private static BenchDataGenerator.Result generated;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** Generates before the portal starts, so the portal's own Flyway finds the schema current. */
	@DynamicPropertySource
	static void generatedDatabase(DynamicPropertyRegistry registry) throws Exception {
		Map<String, String> database = TestDatabase.fresh("bench");
		generated = BenchData.generate(new BenchData.Settings(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"), SCALE, 7,
				Instant.now(), false), line -> {
				});
		database.forEach((key, value) -> registry.add(key, () -> value));
		registry.add("warranty.mail.scheduler", () -> "false");
		registry.add("warranty.check.per-minute", () -> "0"); // the page's own statements, not the limiter's
		registry.add("warranty.uploads-dir", () -> "target/test-uploads");
	}

	@Test
	void fillsEachTableAsTheScaleSays() {
		BenchDataGenerator.Shape shape = BenchDataGenerator.Shape.at(SCALE);
		assertThat(count("SELECT COUNT(*) FROM account")).isEqualTo(shape.staff() + shape.owners());
		assertThat(count("SELECT COUNT(*) FROM product_model")).isEqualTo(shape.models());
		assertThat(count("SELECT COUNT(*) FROM unit")).isEqualTo(shape.units());
		assertThat(count("SELECT COUNT(*) FROM registration")).isEqualTo(shape.registrations());
		assertThat(count("SELECT COUNT(*) FROM claim")).isEqualTo(shape.claims());
		assertThat(count("SELECT COUNT(*) FROM manufacturer WHERE keeps_registry")).isEqualTo(5);
		generated.rows().forEach((table, rows) -> assertThat(count("SELECT COUNT(*) FROM " + table))
			.as(table).isEqualTo(rows).isPositive());
		assertThat(count("SELECT COUNT(*) FROM claim WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED')"))
			.as("open claims").isBetween(shape.claims() / 50L, shape.claims() / 5L);
		assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'CLOSED'")).as("closed claims")
			.isGreaterThan(shape.claims() / 2);
	}

	@Test
	void givesTheBenchmarkItsOwnersAndClaim() {
		assertThat(count("SELECT COUNT(*) FROM registration r JOIN account a ON a.id = r.owner_id WHERE a.email = '"
				+ BenchLogins.PRODUCTS_OWNER + "' AND r.active_unit_id IS NOT NULL"))
			.isEqualTo(BenchLogins.PRODUCTS_OF_PRODUCTS_OWNER);
		assertThat(count("SELECT COUNT(*) FROM claim c JOIN account a ON a.id = c.owner_id WHERE a.email = '"
				+ BenchLogins.CLAIMS_OWNER + "'")).isEqualTo(BenchLogins.CLAIMS_OF_CLAIMS_OWNER);
		String claim = jdbc.queryForObject(BenchPicks.STAFF_CLAIM, String.class);
		assertThat(jdbc.queryForList("SELECT e.event_type FROM claim_event e JOIN claim c ON c.id = e.claim_id "
				+ "WHERE c.claim_number = ? ORDER BY e.occurred_at", String.class, claim))
			.containsExactly("SUBMITTED", "IN_REVIEW", "INFO_REQUESTED", "INFO_PROVIDED");
		assertThat(count("SELECT COUNT(*) FROM claim c JOIN claim mine ON mine.unit_id = c.unit_id "
				+ "WHERE mine.claim_number = '" + claim + "' AND c.id <> mine.id")).isGreaterThanOrEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM claim c JOIN unit u ON u.id = c.unit_id JOIN serial_registry_entry s "
				+ "ON s.manufacturer_id = u.manufacturer_id AND s.serial_key = u.serial_key WHERE c.claim_number = '"
				+ claim + "'")).isEqualTo(1);
	}

	/** The load ran with unique and foreign key checks off: the generator must have kept them itself. */
	@Test
	void keepsEveryUniqueAndForeignKeyConstraint() {
		List<Map<String, Object>> uniques = jdbc.queryForList("""
				SELECT table_name AS t, index_name AS i, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS c
				FROM information_schema.statistics WHERE table_schema = DATABASE() AND non_unique = 0
				GROUP BY table_name, index_name""");
		assertThat(uniques).hasSizeGreaterThan(15);
		for (Map<String, Object> unique : uniques) {
			String columns = (String) unique.get("c");
			assertThat(count("SELECT COUNT(*) FROM (SELECT 1 FROM " + unique.get("t") + " WHERE "
					+ String.join(" IS NOT NULL AND ", columns.split(",")) + " IS NOT NULL GROUP BY " + columns
					+ " HAVING COUNT(*) > 1) duplicates")).as(unique.get("t") + "." + unique.get("i")).isZero();
		}
		List<Map<String, Object>> foreignKeys = jdbc.queryForList("""
				SELECT table_name AS t, column_name AS c, referenced_table_name AS rt, referenced_column_name AS rc
				FROM information_schema.key_column_usage
				WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL""");
		assertThat(foreignKeys).hasSizeGreaterThan(20);
		for (Map<String, Object> key : foreignKeys) {
			assertThat(count("SELECT COUNT(*) FROM " + key.get("t") + " x WHERE x." + key.get("c") + " IS NOT NULL "
					+ "AND NOT EXISTS (SELECT 1 FROM " + key.get("rt") + " y WHERE y." + key.get("rc") + " = x."
					+ key.get("c") + ")")).as(key.get("t") + "." + key.get("c")).isZero();
		}
	}

	@Test
	void makesSerialsInTheirManufacturersFormatAndDatesInOrder() {
		for (Map<String, Object> maker : jdbc.queryForList(
				"SELECT manufacturer_id, pattern FROM serial_format WHERE model_id IS NULL")) {
			Pattern format = Pattern.compile((String) maker.get("pattern"));
			assertThat(jdbc.queryForList("SELECT serial_key FROM unit WHERE manufacturer_id = ?", String.class,
					maker.get("manufacturer_id"))).allMatch(serial -> format.matcher(serial).matches());
		}
		assertThat(count("SELECT COUNT(*) FROM registration r JOIN unit u ON u.id = r.unit_id "
				+ "JOIN product_model m ON m.id = u.model_id WHERE r.purchase_date > r.registered_on "
				+ "OR r.purchase_date < u.manufacture_date")).isZero();
		assertThat(count("SELECT COUNT(*) FROM claim c JOIN registration r ON r.id = c.registration_id "
				+ "WHERE c.failure_date > c.filed_on OR c.failure_date < r.purchase_date OR c.created_at < r.created_at"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM claim_event e JOIN claim c ON c.id = e.claim_id "
				+ "WHERE e.occurred_at < c.created_at OR e.occurred_at > c.updated_at")).isZero();
		assertThat(count("SELECT COUNT(*) FROM claim WHERE updated_at > UTC_TIMESTAMP(6)")).isZero();
	}

	@Test
	void rendersEveryMeasuredPage() throws Exception {
		BrowserSession agent = signIn(BenchLogins.AGENT);
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/check").param("serial", jdbc.queryForObject(BenchPicks.SERIAL, String.class)))
			.andExpect(status().isOk());
		mvc.perform(get("/staff/claims").with(agent)).andExpect(status().isOk());
		String cursor = jdbc.queryForObject("SELECT CONCAT(REPLACE(created_at, ' ', 'T'), '~', id) FROM claim "
				+ "WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED') ORDER BY created_at, id LIMIT 1 OFFSET 4",
				String.class);
		mvc.perform(get("/staff/claims").param("after", cursor).with(agent)).andExpect(status().isOk());
		// A few claims of every status, with and without photos, overrides and snapshots
		for (String number : jdbc.queryForList("""
				SELECT claim_number FROM (SELECT claim_number, ROW_NUMBER() OVER (PARTITION BY status,
				  override_status IS NULL ORDER BY id) AS n FROM claim) c WHERE n <= 4""", String.class)) {
			mvc.perform(get("/staff/claims/{number}", number).with(agent)).andExpect(status().isOk());
		}
		mvc.perform(get("/staff/reports").with(signIn(BenchLogins.SUPERVISOR))).andExpect(status().isOk());
		mvc.perform(get("/my/products").with(signIn(BenchLogins.PRODUCTS_OWNER))).andExpect(status().isOk());
		BrowserSession claimsOwner = signIn(BenchLogins.CLAIMS_OWNER);
		mvc.perform(get("/my/claims").with(claimsOwner)).andExpect(status().isOk());
		for (String number : jdbc.queryForList("SELECT c.claim_number FROM claim c JOIN account a ON a.id = c.owner_id "
				+ "WHERE a.email = ?", String.class, BenchLogins.CLAIMS_OWNER)) {
			mvc.perform(get("/my/claims/{number}", number).with(claimsOwner)).andExpect(status().isOk());
		}
	}

	@Test
	void letsAFilerFileAClaimAsTheBenchmarkDoes() throws Exception {
		String filer = BenchLogins.filer(3);
		long product = count("SELECT MIN(r.id) FROM registration r JOIN account a ON a.id = r.owner_id "
				+ "WHERE a.email = '" + filer + "' AND r.purchase_date < CURRENT_DATE - INTERVAL 1 DAY");
		mvc.perform(multipart("/my/claims").file(new MockMultipartFile("photos", "", "application/octet-stream",
				new byte[0]))
			.param("product", String.valueOf(product))
			.param("token", "bench-test-token-1")
			.param("failureDate", LocalDate.now().minusDays(1).toString())
			.param("component", "other")
			.param("cause", "STOPPED_BY_ITSELF")
			.param("description", "The unit stopped working without warning. I checked the fuse.")
			.with(signIn(filer))
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/my/claims/WC-*"));
	}

	private BrowserSession signIn(String email) throws Exception {
		BrowserSession browser = new BrowserSession();
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(BenchLogins.PASSWORD))
			.andDo(browser.keep())
			.andExpect(redirectedUrl("/home"));
		return browser;
	}

	private long count(String sql) {
		Long value = jdbc.queryForObject(sql, Long.class);
		return value == null ? 0 : value;
	}
}
