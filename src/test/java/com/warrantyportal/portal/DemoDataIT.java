package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.demo.DemoData;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The migrations run on MySQL/MariaDB, the demo data fits the schema there, and it never loads by itself there. */
class DemoDataIT extends MySqlIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoData demoData;

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	@Autowired
	ClaimService claims;

	@Test
	void demoDataIsNotLoadedAutomaticallyUnderTheMysqlProfile() {
		assertThat(context.getEnvironment().getProperty("warranty.demo-data")).isEqualTo("false");
		assertThat(context.getBeanNamesForType(org.springframework.boot.ApplicationRunner.class))
			.noneMatch(name -> name.toLowerCase().contains("demo"));
	}

	@Test
	void demoDataLoadsOnceWithEveryRoleAndClaimsInSeveralStates() {
		demoData.loadIfEmpty();
		assertThat(demoData.loadIfEmpty()).as("second load").isFalse();
		for (String email : new String[] { DemoData.OWNER, DemoData.AGENT, DemoData.SUPERVISOR, DemoData.ADMIN }) {
			assertThat(accounts.findByEmail(email)).as(email).isPresent();
		}
		assertThat(accounts.findByEmail(DemoData.SUPERVISOR).orElseThrow().getRole()).isEqualTo(Role.SUPERVISOR);
		assertThat(catalog.countManufacturers()).isGreaterThanOrEqualTo(2);
		assertThat(catalog.countModels()).isGreaterThanOrEqualTo(6);
		var nordfrost = catalog.findManufacturerNamed("Nordfrost").orElseThrow();
		assertThat(nordfrost.getSupportEmail()).isEqualTo("support@nordfrost.example");
		var fridge = catalog.findModel(nordfrost.getId(), com.warrantyportal.catalog.ModelNumber.of("NF-FR500"))
			.orElseThrow();
		assertThat(catalog.partsOf(fridge.getId())).extracting("partNumber").contains("NF-4410", "NF-7702");
		assertThat(catalog.documentsOf(fridge.getId())).extracting("title").containsExactly("User manual");
		assertThat(claims.countsByStatus()).hasEntrySatisfying(ClaimStatus.SUBMITTED, n -> assertThat(n).isPositive())
			.hasEntrySatisfying(ClaimStatus.INFO_REQUESTED, n -> assertThat(n).isPositive())
			.hasEntrySatisfying(ClaimStatus.APPROVED, n -> assertThat(n).isPositive());
	}
}
