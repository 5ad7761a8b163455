package com.warrantyportal.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.AccountService;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.demo.DemoData;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.RegistryImportsEnded;
import com.warrantyportal.unit.internal.RegistryImportRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The embedded default setup (H2 in MySQL mode, demo data loaded at start-up): the demo administrator downloads the
 * registry file the demo ships and imports it on Nordfrost's registry page. This also runs the H2 side of the import
 * (MERGE instead of ON DUPLICATE KEY UPDATE).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:registry-demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
		"warranty.uploads-dir=target/test-uploads-h2", "warranty.mail.scheduler=false",
		"warranty.registry-import.batch-size=7" })
@AutoConfigureMockMvc
class DemoRegistryImportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalog;

	@Autowired
	AccountService accounts;

	@Autowired
	UnitService units;

	@Autowired
	RegistryImportRepository imports;

	@Test
	void theDemoAdministratorImportsTheShippedRegistryFileOfNordfrost() throws Exception {
		RequestPostProcessor admin = user(Fixtures.user(accounts.findByEmail(DemoData.ADMIN).orElseThrow()));
		long nordfrost = catalog.manufacturers()
			.stream()
			.filter(m -> m.getName().equals("Nordfrost"))
			.map(Manufacturer::getId)
			.findFirst()
			.orElseThrow();
		String page = "/admin/manufacturers/" + nordfrost + "/registry";
		Unit dishwasher = units.find(nordfrost, SerialNumber.of("2318NF29999")).orElseThrow();
		assertThat(dishwasher.getSerialStatus()).isEqualTo(SerialStatus.UNKNOWN);
		assertThat(dishwasher.getManufactureDate()).isNull();

		mvc.perform(get(page).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The registry holds 22 serials.")))
			.andExpect(content().string(containsString("/admin/demo/nordfrost-registry.csv")));
		byte[] file = mvc.perform(get("/admin/demo/nordfrost-registry.csv").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		RegistryImport first = importFile(page, file, admin);
		assertThat(first.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(List.of(first.getRowsRead(), first.getRowsLoaded(), first.getRowsRejected())).containsExactly(32L,
				28L, 4L);
		assertThat(List.of(first.getStatusesChanged(), first.getDatesFilled())).containsExactly(1, 1);
		dishwasher = units.find(dishwasher.getId()).orElseThrow();
		assertThat(dishwasher.getSerialStatus()).isEqualTo(SerialStatus.OK);
		assertThat(dishwasher.getManufactureDate()).isEqualTo(LocalDate.of(2023, 5, 2));
		assertThat(units.find(nordfrost, SerialNumber.of("2411NF00042")).orElseThrow().getSerialStatus())
			.isEqualTo(SerialStatus.OK);
		mvc.perform(get(page + "/imports/" + first.getId()).with(admin))
			.andExpect(content().string(containsString("Model number NF-XX900 is not in the catalogue of Nordfrost")))
			.andExpect(content().string(containsString("manufacture_date 2024-13-01 is not a date like 2024-03-11")))
			.andExpect(content().string(containsString("The serial is empty")))
			.andExpect(content().string(containsString("Serial 2411NF00045 appears already on line 6")));
		SerialRegistryEntry fridge = units.registryEntry(nordfrost, SerialNumber.of("2411NF00042")).orElseThrow();
		assertThat(fridge.getShipDate()).isEqualTo(LocalDate.of(2024, 4, 2));
		assertThat(fridge.getRegion()).isEqualTo("UK");

		RegistryImport again = importFile(page, file, admin);
		assertThat(again.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(List.of(again.getStatusesChanged(), again.getDatesFilled())).containsExactly(0, 0);
		SerialRegistryEntry unchanged = units.registryEntry(nordfrost, SerialNumber.of("2411NF00042")).orElseThrow();
		assertThat(unchanged.getImportId()).isEqualTo(first.getId());
		assertThat(unchanged.getUpdatedAt()).isEqualTo(fridge.getUpdatedAt());
		mvc.perform(get(page).with(admin)).andExpect(content().string(containsString("The registry holds 28 serials.")));
	}

	private RegistryImport importFile(String page, byte[] file, RequestPostProcessor admin) throws Exception {
		String location = mvc
			.perform(multipart(page).file(new MockMultipartFile("file", "nordfrost-registry.csv", "text/csv", file))
				.with(csrf())
				.with(admin))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long importId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		return RegistryImportsEnded.awaitEnd(imports, importId);
	}
}
