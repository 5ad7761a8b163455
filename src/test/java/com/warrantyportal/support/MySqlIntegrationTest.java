package com.warrantyportal.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of integration tests: the whole application on the mysql profile against {@link TestDatabase}. */
@SpringBootTest
@ActiveProfiles("mysql")
@Import(Fixtures.class)
public abstract class MySqlIntegrationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		testProperties(registry);
	}

	/** The database and settings every integration test context runs with (also module tests, which start their own). */
	public static void testProperties(DynamicPropertyRegistry registry) {
		TestDatabase.properties().forEach((key, value) -> registry.add(key, () -> value));
		// Tests send the outbox themselves, so no scheduler races them.
		registry.add("warranty.mail.scheduler", () -> "false");
		registry.add("warranty.webhooks.scheduler", () -> "false");
		registry.add("warranty.registry-import.watch", () -> "false");
		// Tests that need the reports' unit counts take them themselves (ReportUnitCounts.recount()).
		registry.add("warranty.reports.unit-counts-first", () -> "3650d");
		// Reports and overview counts are computed on every request, so a test sees the claims it just made (ReportsIT
		// tests the keeping).
		registry.add("warranty.reports.fresh-for", () -> "0s");
		registry.add("warranty.counts.fresh-for", () -> "0s");
		// Terms are read every time too, so that the statement counts of a page do not depend on what an earlier
		// test read (TermsKeptIT tests the keeping).
		registry.add("warranty.terms.fresh-for", () -> "0s");
		// Production does not tell the server that a read-only transaction is read-only (two round trips each); tests
		// do, so that a write inside a read-only transaction fails here.
		registry.add("spring.datasource.hikari.data-source-properties.readOnlyPropagatesToServer", () -> "true");
		// Every test request comes from 127.0.0.1: the serial check's limit is tested on its own (SerialCheckLimitIT).
		registry.add("warranty.check.per-minute", () -> "0");
		// Likewise sign-in failures over all accounts, sign-ups and reset requests (SignInThrottleIT, AccountLimitsIT).
		registry.add("warranty.sign-in.failures-per-address", () -> "0");
		registry.add("warranty.signup.per-minute", () -> "0");
		registry.add("warranty.password-reset.per-minute", () -> "0");
		registry.add("warranty.uploads-dir", () -> "target/test-uploads");
		// GreenMail's test SMTP port: mail tests start an in-process server there.
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> "3025");
	}
}
