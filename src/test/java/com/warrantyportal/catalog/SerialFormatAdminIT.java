package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Administrators write, test and save serial formats at /admin/manufacturers/{id}/serial-formats. */
@AutoConfigureMockMvc
class SerialFormatAdminIT extends MySqlIntegrationTest {

	private static final String DAILY = "(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})W\\d{3}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SerialFormatCatalog formats;

	@Autowired
	UnitService units;

	@Autowired
	AuditTrail audit;

	Catalogue catalogue;

	Account admin;

	long makerId;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		admin = fixtures.staff(Role.ADMIN);
		makerId = catalogue.registryMaker().getId();
	}

	private String page() {
		return "/admin/manufacturers/" + makerId + "/serial-formats";
	}

	private MockHttpServletRequestBuilder submit(String path, String pattern, String example, String modelNumber,
			String samples) {
		MockHttpServletRequestBuilder request = post(path).param("pattern", pattern)
			.param("example", example)
			.param("modelNumber", modelNumber == null ? "" : modelNumber)
			.param("description", "Made in Brno")
			.param("samples", samples)
			.with(csrf())
			.with(user(Fixtures.user(admin)));
		return request;
	}

	private MockHttpServletRequestBuilder save(String pattern, String example, String modelNumber) {
		return submit(page(), pattern, example, modelNumber, "");
	}

	private MockHttpServletRequestBuilder test(String pattern, String samples) {
		return submit(page(), pattern, "2025-02-14 W001", null, samples).param("test", "test");
	}

	@Test
	void testingShowsWhatEachSampleDecodesToBeforeAnythingIsSaved() throws Exception {
		mvc.perform(test(DAILY, "2025-02-14 w001\n\n20250431W001\nNF-2411\n2025 02 30 W001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-02-14 w001")))
			.andExpect(content().string(containsString("20250214W001")))
			.andExpect(content().string(containsString("14 Feb 2025")))
			.andExpect(content().string(containsString("year 2025, month 02, day 14")))
			.andExpect(content().string(containsString("April 2025 has no day 31 (it has 30 days)")))
			.andExpect(content().string(containsString("February 2025 has no day 30")))
			.andExpect(content().string(containsString("Does not have this shape.")))
			.andExpect(content().string(containsString("value=\"2025-02-14 W001\"")))
			.andExpect(content().string(not(containsString("Please correct the fields"))));
		assertThat(formats.ofManufacturer(makerId)).hasSize(1);
		assertThat(audit.of(SerialFormatAdmin.AUDIT_TARGET, makerId)).isEmpty();
	}

	@Test
	void theSaveButtonSavesTheTestedPatternAndTheChangeIsAudited() throws Exception {
		mvc.perform(save(DAILY, "2025-02-14 W001", null))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("message", "serialFormat.added"));

		assertThat(formats.ofManufacturer(makerId)).extracting(listed -> listed.format().getPattern())
			.containsExactly("(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{5}", DAILY);
		assertThat(audit.of(SerialFormatAdmin.AUDIT_TARGET, makerId)).singleElement().satisfies(entry -> {
			assertThat(entry.getAction()).isEqualTo("SERIAL_FORMAT_ADDED");
			assertThat(entry.getActor()).isEqualTo(admin.getEmail());
			assertThat(entry.getDetail()).contains("for every model", DAILY, "2025-02-14 W001", "Made in Brno");
		});
		mvc.perform(get(page()).with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("year, month, day")))
			.andExpect(content().string(containsString("Made in Brno")))
			.andExpect(content().string(containsString("href=\"/admin/manufacturers/" + makerId + "\"")));
	}

	@Test
	void anInvalidPatternIsRefusedWithTheReasonBesideTheFieldAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(save("(?<year>\\d{2}[A-Z]+", "24AB", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A group is opened but never closed")))
			.andExpect(content().string(containsString("id=\"pattern-error\"")))
			.andExpect(content().string(containsString("value=\"(?&lt;year&gt;\\d{2}[A-Z]+\"")))
			.andExpect(content().string(containsString("value=\"24AB\"")));
		mvc.perform(test("(?<lot>\\d{2})[A-Z]+", "24AB"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The group name lot has no meaning here")));
		mvc.perform(save("(?<year>\\d{2})(?<week>\\d{2})(?<month>\\d{2})", "241103", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use either a week or a month group, not both")));
		mvc.perform(save("BL\\d{8}", "BL-1234", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The example, compared as BL1234, does not match the pattern.")));
		assertThat(formats.ofManufacturer(makerId)).hasSize(1);
	}

	@Test
	void aPathologicalPatternIsRefusedQuickly() throws Exception {
		long started = System.nanoTime();
		mvc.perform(test("((A{999}B){999}C){999}", "AB"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This pattern repeats too much to be checked safely")));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

		started = System.nanoTime();
		mvc.perform(test("(A|AA)+B", "A".repeat(64)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Does not have this shape.")));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aModelSpecificFormatAppliesOnlyToThatModelAndRegistrationUsesItsDate() throws Exception {
		long washer = catalogue.washer().getId();
		long fridge = catalogue.fridge().getId();
		// Typed as on a label, in other case and spacing: the manufacturer's model of that number.
		String typed = " " + catalogue.washer().getModelNumber().toLowerCase(java.util.Locale.ROOT).replace("-", " ")
				+ " ";
		mvc.perform(save(DAILY, "20250214W001", typed)).andExpect(status().isFound());

		assertThat(formats.serialFormatsFor(washer).accepts("20250214W001")).isTrue();
		assertThat(formats.serialFormatsFor(washer).accepts("2411NF00042")).isTrue();
		assertThat(formats.serialFormatsFor(fridge).accepts("20250214W001")).isFalse();

		Account owner = fixtures.owner();
		mvc.perform(register(owner, fridge, "2025-02-14 W001", "2025-03-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("serial numbers look like 2411NF00042.")));
		mvc.perform(register(owner, washer, "XYZ", "2025-03-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("serial numbers look like 20250214W001 or 2411NF00042.")));
		mvc.perform(register(owner, washer, "2025-02-14 W001", "2025-02-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This unit was made on 14 Feb 2025")));
		mvc.perform(register(owner, washer, "2025-02-14 W001", "2025-03-10")).andExpect(status().isFound());
		assertThat(units.find(makerId, SerialNumber.of("20250214W001")).orElseThrow().getManufactureDate())
			.isEqualTo(LocalDate.of(2025, 2, 14));

		mvc.perform(get("/my/products/new").param("model", String.valueOf(washer)).with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString("It looks like <code>20250214W001 or 2411NF00042</code>")));

		// Changing it starts from its model's number, so saving it unchanged keeps it for that model alone.
		long formatId = formats.ofManufacturer(makerId)
			.stream()
			.filter(listed -> Long.valueOf(washer).equals(listed.format().getModelId()))
			.findFirst()
			.orElseThrow()
			.format()
			.getId();
		mvc.perform(get(page()).param("edit", String.valueOf(formatId)).with(user(Fixtures.user(admin))))
			.andExpect(content().string(containsString("value=\"" + catalogue.washer().getModelNumber() + "\"")));
		// Dashes alone are no model's number, and not the empty field that means every model.
		mvc.perform(save("W\\d+", "W1", "-"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is numbered “-”")));
	}

	@Test
	void aFormatIsChangedAndRemovedOnlyFromTheVersionTheAdministratorSaw() throws Exception {
		SerialFormat format = formats.ofManufacturer(makerId).get(0).format();
		String formatPage = page() + "/" + format.getId();

		mvc.perform(get(page()).param("edit", String.valueOf(format.getId())).with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"" + formatPage + "\"")));
		mvc.perform(submit(formatPage, format.getPattern(), format.getExample(), null, "2411NF00042")
			.param("version", String.valueOf(format.getVersion()))
			.param("test", "test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("11 Mar 2024")))
			.andExpect(content().string(not(containsString("already saved"))));
		mvc.perform(submit(formatPage, "(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{6}", "2411NF000042", null, "")
			.param("version", String.valueOf(format.getVersion() + 1)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("problem", "serialFormat.conflict"));
		mvc.perform(submit(formatPage, "(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{6}", "2411NF000042", null, "")
			.param("version", String.valueOf(format.getVersion())))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "serialFormat.changed"));
		assertThat(formats.serialFormatsFor(catalogue.fridge().getId()).accepts("2411NF000042")).isTrue();
		assertThat(formats.serialFormatsFor(catalogue.fridge().getId()).accepts("2411NF00042")).isFalse();

		SerialFormat changed = formats.find(makerId, format.getId()).orElseThrow();
		mvc.perform(post(formatPage + "/remove").param("version", String.valueOf(format.getVersion()))
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(flash().attribute("problem", "serialFormat.conflict"));
		mvc.perform(post(formatPage + "/remove").param("version", String.valueOf(changed.getVersion()))
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(flash().attribute("message", "serialFormat.removed"));

		assertThat(formats.ofManufacturer(makerId)).isEmpty();
		assertThat(formats.serialFormatsFor(catalogue.fridge().getId()).accepts("ANYTHING")).isTrue();
		assertThat(audit.of(SerialFormatAdmin.AUDIT_TARGET, makerId)).extracting(AuditEntry::getAction)
			.containsExactly("SERIAL_FORMAT_CHANGED", "SERIAL_FORMAT_REMOVED");
	}

	@Test
	void aModelOfAnotherManufacturerCannotBeChosen() throws Exception {
		mvc.perform(save("TV\\d+", "TV1", catalogue.tv().getModelNumber()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No model of " + catalogue.registryMaker().getName()
					+ " is numbered “" + catalogue.tv().getModelNumber() + "”")))
			.andExpect(content().string(containsString("value=\"" + catalogue.tv().getModelNumber() + "\"")));
		assertThat(formats.ofManufacturer(makerId)).hasSize(1);
	}

	@Test
	void onlyAdministratorsMayManageSerialFormats() throws Exception {
		for (Role role : new Role[] { Role.OWNER, Role.AGENT, Role.SUPERVISOR }) {
			Account someone = role == Role.OWNER ? fixtures.owner() : fixtures.staff(role);
			mvc.perform(get(page()).with(user(Fixtures.user(someone)))).andExpect(status().isForbidden());
			mvc.perform(post(page()).param("pattern", "X\\d+")
				.param("example", "X1")
				.with(csrf())
				.with(user(Fixtures.user(someone)))).andExpect(status().isForbidden());
		}
		mvc.perform(get(page())).andExpect(status().isFound());
		assertThat(formats.ofManufacturer(makerId)).hasSize(1);
	}

	@Test
	void anUnknownManufacturerOrFormatIsNotFound() throws Exception {
		mvc.perform(get("/admin/manufacturers/{id}/serial-formats", Long.MAX_VALUE).with(user(Fixtures.user(admin))))
			.andExpect(status().isNotFound());
		long otherFormat = formats.ofManufacturer(makerId).get(0).format().getId();
		long plainMaker = catalogue.plainMaker().getId();
		mvc.perform(get("/admin/manufacturers/{id}/serial-formats", plainMaker).param("edit", String.valueOf(otherFormat))
			.with(user(Fixtures.user(admin)))).andExpect(status().isNotFound());
	}

	private MockMultipartHttpServletRequestBuilder register(Account owner, long modelId, String serial,
			String purchased) {
		MockMultipartHttpServletRequestBuilder request = multipart("/my/products");
		request.param("modelId", String.valueOf(modelId))
			.param("serial", serial)
			.param("purchaseDate", purchased)
			.param("retailer", "Kitchen World");
		request.with(csrf()).with(user(Fixtures.user(owner)));
		return request;
	}
}
