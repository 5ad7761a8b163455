package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.Role;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each instance keeps a model's terms for the lists and the serial check a while: a version another instance added
 * shows once that time is over, one added on this instance as soon as it commits.
 */
@SpringBootTest
@ActiveProfiles("mysql")
@Import(Fixtures.class)
class TermsKeptIT {

	@DynamicPropertySource
	static void keepTerms(DynamicPropertyRegistry registry) {
		MySqlIntegrationTest.testProperties(registry);
		registry.add("warranty.terms.fresh-for", () -> "1h");
	}

	@Autowired
	TermsReader reader;

	@Autowired
	CatalogAdmin admin;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aVersionAddedElsewhereShowsLaterAndOneAddedHereAtOnce() {
		long model = fixtures.catalogue().tv().getId();
		LocalDate bought = LocalDate.of(2026, 3, 10);
		assertThat(reader.termsInForce(List.of(model)).on(model, bought).filingWindowDays()).isEqualTo(30);

		// Another instance adds a version: this one keeps showing what it read.
		jdbc.update("INSERT INTO warranty_terms (model_id, effective_from, transferable, filing_window_days, "
				+ "no_proof_grace_days, registration_bonus_months, registration_window_days, created_at, created_by) "
				+ "VALUES (?, '2026-01-01', TRUE, 45, 90, 0, 30, NOW(6), 'another instance')", model);
		assertThat(reader.termsInForce(List.of(model)).on(model, bought).filingWindowDays()).isEqualTo(30);

		// A version added here is read at once, and with it what the other instance added.
		var administrator = Fixtures.user(fixtures.staff(Role.ADMIN));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(administrator, null,
					administrator.getAuthorities()));
		try {
			assertThat(admin.addTermsVersion(model, LocalDate.of(2026, 3, 1),
					new WarrantyTerms(List.of(new CoverageLine("*", 24, 12)), true, 60, 90, 0, 30),
					administrator.getUsername()))
				.isPresent();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		TermsInForce now = reader.termsInForce(List.of(model));
		assertThat(now.on(model, bought).filingWindowDays()).isEqualTo(60);
		assertThat(now.on(model, LocalDate.of(2026, 2, 10)).filingWindowDays()).isEqualTo(45);
	}
}
