package com.warrantyportal.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of integration tests: the whole application on the mysql profile against {@link TestDatabase}. */
@SpringBootTest
@ActiveProfiles("mysql")
public abstract class MySqlIntegrationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.properties().forEach((key, value) -> registry.add(key, () -> value));
		// Tests send the outbox themselves, so no scheduler races them.
		registry.add("warranty.mail.scheduler", () -> "false");
		registry.add("warranty.uploads-dir", () -> "target/test-uploads");
	}
}
