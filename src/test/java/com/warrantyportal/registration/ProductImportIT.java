package com.warrantyportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.warrantyportal.account.Account;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Owners import products from a spreadsheet at /my/products/import: a preview of every row that saves nothing, then a
 * confirmation that registers the good rows as the single-product form does.
 */
@AutoConfigureMockMvc
class ProductImportIT extends MySqlIntegrationTest {

	private static final String HEADER = "Manufacturer,Model number,Model name,Serial number,Purchase date,Retailer,"
			+ "Price,Parts covered until,Warranty\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	JdbcTemplate jdbc;

	Catalogue catalogue;

	Account owner;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
	}

	private MvcResult preview(Account who, byte[] file) throws Exception {
		return mvc.perform(multipart("/my/products/import")
			.file(new MockMultipartFile("file", "devices.csv", "text/csv", file))
			.with(csrf())
			.with(user(Fixtures.user(who)))).andExpect(status().isOk()).andReturn();
	}

	private MvcResult preview(Account who, String csv) throws Exception {
		return preview(who, csv.getBytes(StandardCharsets.UTF_8));
	}

	/** Previews the file, then sends the preview's confirm form back: the file travels in its hidden field. */
	private MvcResult confirm(Account who, String csv) throws Exception {
		String page = preview(who, csv).getResponse().getContentAsString();
		java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("name=\"content\" value=\"([^\"]*)\"")
			.matcher(page);
		assertThat(hidden.find()).as("the preview offers to confirm").isTrue();
		assertThat(Base64.getDecoder().decode(hidden.group(1))).isEqualTo(csv.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart("/my/products/import/confirm")
			.param("content", hidden.group(1))
			.param("fileName", "devices.csv")
			.with(csrf())
			.with(user(Fixtures.user(who)))).andReturn();
	}

	private static int occurrences(String page, String text) {
		return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

	private long registrationsOf(Account who) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE owner_id = ?", Long.class, who.getId());
	}

	private String tvRow(String serial, String purchased) {
		return ",%s,,%s,%s,Kitchen World,499.00,,\r\n".formatted(catalogue.tv().getModelNumber(), serial, purchased);
	}

	private String mixedFile() {
		return HEADER + tvRow("TV" + Fixtures.unique(), "2025-03-10")
				+ "%s,%s,,%s,10/03/2025,Frost Shop,\"1,299.50\",,\r\n".formatted(catalogue.registryMaker().getName(),
						catalogue.fridge().getModelNumber(), catalogue.registeredFridgeSerial(1))
				+ ",NO-SUCH-MODEL,,X1,2025-03-10,Shop,,,\r\n"
				+ ",%s,,ABC-123,2025-03-10,Shop,,,\r\n".formatted(catalogue.fridge().getModelNumber())
				+ tvRow("TV" + Fixtures.unique(), LocalDate.now().plusDays(5).toString())
				+ tvRow("", "2025-03-10")
				+ tvRow("TV" + Fixtures.unique(), "yesterday");
	}

	@Test
	void previewListsEveryRowWithWhatWillHappenAndSavesNothing() throws Exception {
		long unitsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Long.class);

		String page = preview(owner, mixedFile()).getResponse().getContentAsString();

		assertThat(page).contains("Nothing has been saved yet")
			.contains("Will be registered")
			.contains("We do not know model number “NO-SUCH-MODEL”")
			.contains("serial numbers look like 2411NF00042")
			.contains("The purchase date cannot be in the future.")
			.contains("The serial number is missing.")
			.contains("“yesterday” is not a purchase date")
			.contains("Confirm the import");
		assertThat(occurrences(page, "badge ok\">Will be registered")).isEqualTo(2);
		assertThat(occurrences(page, "Skipped: needs correcting")).isEqualTo(5);
		assertThat(registrationsOf(owner)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Long.class)).isEqualTo(unitsBefore);
	}

	@Test
	void confirmRegistersTheGoodRowsAndSaysWhatHappened() throws Exception {
		String csv = mixedFile();

		MvcResult confirmed = confirm(owner, csv);

		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/my/products");
		assertThat(confirmed.getFlashMap().get("message")).isEqualTo("deviceImport.done");
		assertThat((Object[]) confirmed.getFlashMap().get("messageArgs")).containsExactly(2L, 0L, 5L);
		List<ProductView> list = productViews.list(owner.getId(), ProductSort.SERIAL);
		assertThat(list).extracting(ProductView::modelNumber)
			.containsExactlyInAnyOrder(catalogue.tv().getModelNumber(), catalogue.fridge().getModelNumber());
		ProductView fridge = list.stream().filter(p -> p.modelNumber().equals(catalogue.fridge().getModelNumber()))
			.findFirst().orElseThrow();
		assertThat(fridge.purchaseDate()).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(fridge.price()).isEqualByComparingTo("1299.50");
		mvc.perform(get("/my/products").with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString(catalogue.registeredFridgeSerial(1))));
	}

	@Test
	void aSerialRegisteredToSomeoneElseBecomesATransferRequest() throws Exception {
		Registration theirs = fixtures.registeredTv(fixtures.owner(), catalogue, LocalDate.of(2024, 1, 5));
		String serial = jdbc.queryForObject("SELECT serial_display FROM unit WHERE id = ?", String.class,
				theirs.getUnitId());
		String csv = HEADER + tvRow(serial, "2025-06-01");

		assertThat(preview(owner, csv).getResponse().getContentAsString()).contains("Becomes a transfer request");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transfer_request WHERE requester_id = ?", Long.class,
				owner.getId())).isZero();

		MvcResult confirmed = confirm(owner, csv);
		assertThat((Object[]) confirmed.getFlashMap().get("messageArgs")).containsExactly(0L, 1L, 0L);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transfer_request WHERE requester_id = ? AND unit_id = ?",
				Long.class, owner.getId(), theirs.getUnitId())).isEqualTo(1);
		assertThat(registrationsOf(owner)).isZero();
	}

	@Test
	void anExportImportsIntoAnotherAccountAsTheSameProductsAndIntoItsOwnAsAlreadyThere() throws Exception {
		String tvSerial = "TV" + Fixtures.unique();
		products.register(new RegisterProduct(owner.getId(), catalogue.tv().getId(), tvSerial,
				LocalDate.of(2024, 2, 29), "=Shop, \"Best\" Ltd", new BigDecimal("1299.50"), null));
		products.register(new RegisterProduct(owner.getId(), catalogue.fridge().getId(),
				catalogue.registeredFridgeSerial(2), LocalDate.of(2024, 12, 24), "Frost Direct", null, null));
		byte[] export = mvc.perform(get("/my/products.csv").with(user(Fixtures.user(owner))))
			.andReturn().getResponse().getContentAsByteArray();

		String own = preview(owner, export).getResponse().getContentAsString();
		assertThat(occurrences(own, "Already in your list.")).isEqualTo(2);
		assertThat(own).doesNotContain("Confirm the import");

		List<ProductView> before = productViews.list(owner.getId(), ProductSort.SERIAL);
		before.forEach(p -> products.remove(owner.getId(), p.registrationId()));
		Account newAccount = fixtures.owner();
		MvcResult confirmed = confirm(newAccount, new String(export, StandardCharsets.UTF_8));
		assertThat((Object[]) confirmed.getFlashMap().get("messageArgs")).containsExactly(2L, 0L, 0L);

		assertThat(productViews.list(newAccount.getId(), ProductSort.SERIAL)).extracting(ProductView::manufacturer,
				ProductView::modelNumber, ProductView::serial, ProductView::purchaseDate, ProductView::retailer,
				ProductView::price)
			.containsExactlyElementsOf(before.stream()
				.map(p -> org.assertj.core.groups.Tuple.tuple(p.manufacturer(), p.modelNumber(), p.serial(),
						p.purchaseDate(), p.retailer(), p.price()))
				.toList());
	}

	@Test
	void aFileThatCannotBeImportedGetsItsReasonBesideTheFileField() throws Exception {
		assertThat(preview(owner, "").getResponse().getContentAsString()).contains("This file is empty")
			.contains("id=\"file-error\"");
		assertThat(preview(owner, Fixtures.PNG).getResponse().getContentAsString())
			.contains("This is not a CSV file");
		assertThat(preview(owner, "Model number,Purchase date,Retailer\r\nX,2025-01-01,Shop\r\n").getResponse()
			.getContentAsString()).contains("Missing: Serial number.");
		assertThat(preview(owner, "Model number;Serial number\r\nX;1\r\n").getResponse().getContentAsString())
			.contains("separates its columns with semicolons");
		assertThat(preview(owner, HEADER + tvRow("TV1", "2025-01-01").repeat(501)).getResponse()
			.getContentAsString()).contains("This file has 501 products; at most 500");
		assertThat(preview(owner, new byte[1024 * 1024 + 1]).getResponse().getContentAsString())
			.contains("larger than 1 MB");
		mvc.perform(multipart("/my/products/import").with(csrf()).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the CSV file to import.")))
			.andExpect(content().string(not(containsString("Nothing has been saved yet"))));
		assertThat(registrationsOf(owner)).isZero();
	}
}
