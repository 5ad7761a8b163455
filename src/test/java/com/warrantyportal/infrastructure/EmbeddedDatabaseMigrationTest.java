package com.warrantyportal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migrations also run on the embedded default database (H2 in MySQL mode, as application.properties sets it
 * up), so {@code mvn spring-boot:run} works on a fresh machine. Everything else is tested on MySQL/MariaDB.
 */
class EmbeddedDatabaseMigrationTest {

	@Test
	void everyMigrationRunsOnTheEmbeddedDefaultDatabase() {
		Flyway flyway = Flyway.configure()
			.dataSource("jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
					+ "DB_CLOSE_DELAY=-1", "sa", "")
			.locations("classpath:db/migration")
			.load();
		MigrateResult result = flyway.migrate();
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
	}
}
