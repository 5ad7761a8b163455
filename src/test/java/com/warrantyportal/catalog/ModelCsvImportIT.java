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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.ModelImportPreview.Outcome;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.support.BrowserSession;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Administrators import models with their warranty terms from CSV at /admin/models/import (preview, then confirm)
 * and export them in the same format at /admin/models/export.csv.
 */
@AutoConfigureMockMvc
class ModelCsvImportIT extends MySqlIntegrationTest {

	private static final String HEADER = String.join(",", ModelCatalogCsv.COLUMNS) + "\n";

	private static final WarrantyTerms FRIDGE_TERMS = new WarrantyTerms(
			List.of(new CoverageLine("*", 24, 24), new CoverageLine("compressor", 120, 12)), true, 30, 90, 0, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CatalogService catalog;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser admin;

	BrowserSession session;

	Manufacturer maker;

	String id;

	@BeforeEach
	void setUp() {
		admin = Fixtures.user(fixtures.staff(Role.ADMIN));
		session = new BrowserSession();
		id = Fixtures.unique();
		maker = catalog.addManufacturer(new Manufacturer("Importco " + id, null, null, false));
	}

	private ProductModel existingModel(String number, String name, WarrantyTerms terms) {
		return catalog.addModel(new ProductModel(maker.getId(), number, name, "Cooling", LocalDate.of(2022, 1, 1),
				"Inside, left wall.", List.of("compressor", "door")), LocalDate.of(2020, 1, 1), terms, "test");
	}

	private MvcResult upload(String csv) throws Exception {
		return perform(multipart("/admin/models/import")
				.file(new MockMultipartFile("file", "models.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(session)
				.with(csrf())
				.with(user(admin)))
			.andExpect(status().isOk())
			.andReturn();
	}

	/** Every request as one browser: the pending import waits in the administrator's session. */
	private ResultActions perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andDo(session.keep());
	}

	private static ModelImportPreview preview(MvcResult result) {
		return (ModelImportPreview) result.getModelAndView().getModel().get("preview");
	}

	private MvcResult confirm(MvcResult previewed) throws Exception {
		return perform(post("/admin/models/import/confirm")
				.param("token", (String) previewed.getModelAndView().getModel().get("token"))
				.with(session)
				.with(csrf())
				.with(user(admin)))
			.andReturn();
	}

	private String line(String number, String name, String terms) {
		return maker.getName() + "," + number + "," + name + ",Cooling,2022-01-01,compressor|door,\"Inside, left wall.\","
				+ terms + "\n";
	}

	private ProductModel model(String number) {
		return catalog.findModel(maker.getId(), ModelNumber.of(number)).orElseThrow();
	}

	@Test
	void previewListsEveryBadLineWithItsNumberAndReasonAndSavesNothing() throws Exception {
		String csv = HEADER + line("NEW-1", "Fridge one", "2025-01-01,*:24:24,true,30,90,0,30")
				+ line("NEW-2", "Fridge two", "2025-01-01,*:24:24,true,abc,90,0,30")
				+ "Nobody " + id + ",NEW-3,Fridge three,Cooling,,,,2025-01-01,*:12:12,true,30,90,0,30\n"
				+ line("new 1", "Fridge one again", "2025-01-01,*:24:24,true,30,90,0,30")
				+ line("NEW-5", "Fridge five", ",,,,,,");

		MvcResult result = upload(csv);

		ModelImportPreview preview = preview(result);
		assertThat(preview.lines()).extracting(ModelImportPreview.Line::outcome)
			.containsExactly(Outcome.CREATE, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR);
		assertThat(preview.errorLines()).extracting(ModelImportPreview.Line::line).containsExactly(3, 4, 5, 6);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("filing_window_days must be a whole number of days from 1 to 365, not \u201cabc\u201d.",
				"There is no manufacturer called \u201cNobody " + id + "\u201d.",
				"new 1 of " + maker.getName() + " is already on line 2: each model may appear once in a file.",
				"NEW-5 is a new model, so it needs its warranty terms: fill all seven terms columns.",
				"The 4 lines with problems will be skipped: only the other lines are imported.", "Import 1 model");
		assertThat(catalog.findModel(maker.getId(), ModelNumber.of("NEW-1"))).isEmpty();
	}

	@Test
	void confirmCreatesAndUpdatesModelsWithTheirTermsSkipsBadLinesAndAuditsEachChange() throws Exception {
		ProductModel renamed = existingModel("RN-1", "Old name", FRIDGE_TERMS);
		ProductModel reTermed = existingModel("RT-1", "Fridge", FRIDGE_TERMS);
		ProductModel same = existingModel("SM-1", "Fridge", FRIDGE_TERMS);
		String csv = HEADER + line("NW-1", "New fridge", "2025-02-01,*:36:12|door:6:6,no,60,0,12,14")
				+ line("rn1", "New name", "2020-01-01,compressor:120:12|*:24:24,true,30,90,0,30")
				+ line("RT-1", "Fridge", "2025-01-01,*:36:36,true,30,90,0,30")
				+ line("SM-1", "Fridge", ",,,,,,")
				+ line("BAD-1", "Bad fridge", "2025-01-01,*:36:36,perhaps,30,90,0,30");
		MvcResult previewed = upload(csv);
		assertThat(previewed.getResponse().getContentAsString()).contains("name: \u201cOld name\u201d \u2192 \u201cNew name\u201d",
				"New terms version from 2025-01-01: *:36:36; transferable;");

		MvcResult confirmed = confirm(previewed);

		assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/admin/models");
		assertThat(confirmed.getFlashMap().get("message")).isEqualTo("modelImport.applied");
		assertThat((Object[]) confirmed.getFlashMap().get("messageArgs")).containsExactly(1L, 2L, 1L, 1L);
		ProductModel created = model("NW-1");
		assertThat(created.getName()).isEqualTo("New fridge");
		assertThat(created.getComponents()).containsExactly("compressor", "door");
		assertThat(catalog.termsHistory(created.getId())).singleElement().satisfies(version -> {
			assertThat(version.getEffectiveFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
			assertThat(version.toTerms().transferable()).isFalse();
			assertThat(version.toTerms().lineFor("door")).contains(new CoverageLine("door", 6, 6));
			assertThat(version.getCreatedBy()).isEqualTo(admin.getUsername());
		});
		assertThat(model("RN-1").getName()).isEqualTo("New name");
		assertThat(model("RN-1").getModelNumber()).isEqualTo("rn1");
		assertThat(catalog.termsHistory(renamed.getId())).hasSize(1);
		assertThat(catalog.termsHistory(reTermed.getId())).extracting(TermsVersion::getEffectiveFrom)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2020, 1, 1));
		assertThat(model("SM-1").getVersion()).isEqualTo(same.getVersion());
		assertThat(catalog.findModel(maker.getId(), ModelNumber.of("BAD-1"))).isEmpty();
		assertThat(audit.of(CatalogAdmin.AUDIT_TARGET, created.getId())).extracting(AuditEntry::getAction)
			.containsExactly("MODEL_CREATED");
		assertThat(audit.of(CatalogAdmin.AUDIT_TARGET, renamed.getId())).singleElement()
			.satisfies(entry -> assertThat(entry.getDetail())
				.isEqualTo("Imported from models.csv, line 3: model_number \"RN-1\" \u2192 \"rn1\"; "
						+ "name \"Old name\" \u2192 \"New name\""));
		assertThat(audit.of(CatalogAdmin.AUDIT_TARGET, reTermed.getId())).extracting(AuditEntry::getAction)
			.containsExactly("TERMS_VERSION_ADDED");
		assertThat(audit.of(CatalogAdmin.AUDIT_TARGET, same.getId())).isEmpty();
	}

	@Test
	void reImportingTheExportChangesNothing() throws Exception {
		ProductModel fridge = existingModel("FR-" + id, "Fridge, \"large\"", FRIDGE_TERMS);
		catalog.addTermsVersion(fridge.getId(), LocalDate.of(2024, 6, 1), WarrantyTerms.DEFAULT, "test");
		catalog.addModel(new ProductModel(maker.getId(), "=TV-" + id, "TV", "TV", null, null, List.of()),
				LocalDate.of(2021, 1, 1), WarrantyTerms.DEFAULT, "test");
		byte[] export = perform(get("/admin/models/export.csv").param("manufacturerId", maker.getId().toString())
			.with(user(admin))).andReturn().getResponse().getContentAsByteArray();

		MvcResult result = perform(multipart("/admin/models/import").file(new MockMultipartFile("file", "models.csv", "text/csv", export))
				.with(session)
				.with(csrf())
				.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing to import: no line creates or changes a model.")))
			.andExpect(content().string(not(containsString("name=\"token\""))))
			.andReturn();

		assertThat(preview(result).lines()).hasSize(2).allMatch(line -> line.outcome() == Outcome.UNCHANGED);
	}

	@Test
	void exportWritesEachModelWithItsLatestTermsInTheImportFormat() throws Exception {
		ProductModel fridge = existingModel("FR-" + id, "Fridge", FRIDGE_TERMS);
		catalog.addTermsVersion(fridge.getId(), LocalDate.of(2024, 6, 1), WarrantyTerms.DEFAULT, "test");
		Manufacturer other = catalog.addManufacturer(new Manufacturer("Othermaker " + id, null, null, false));
		catalog.addModel(new ProductModel(other.getId(), "OT-" + id, "Other", "TV", null, null, List.of()),
				LocalDate.of(2021, 1, 1), WarrantyTerms.DEFAULT, "test");

		MvcResult result = perform(get("/admin/models/export.csv").param("manufacturerId", maker.getId().toString())
				.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();

		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
				+ HEADER.replace("\n", "\r\n") + maker.getName() + ",FR-" + id
				+ ",Fridge,Cooling,2022-01-01,compressor|door,\"Inside, left wall.\",2024-06-01,*:12:12,true,30,90,0,30\r\n");
		perform(get("/admin/models/export.csv").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Othermaker " + id + ",OT-" + id + ",Other,TV,")))
			.andExpect(content().string(containsString(",FR-" + id + ",")));
	}

	@Test
	void confirmAppliesOnlyWhatThePreviewShowedAndShowsAFreshPreviewWhenTheCatalogueChanged() throws Exception {
		MvcResult previewed = upload(HEADER + line("LATE-1", "From the file", "2025-01-01,*:24:24,true,30,90,0,30"));
		assertThat(preview(previewed).creates()).isEqualTo(1);
		existingModel("LATE-1", "Added meanwhile", FRIDGE_TERMS);

		MvcResult outdated = confirm(previewed);

		assertThat(outdated.getResponse().getStatus()).isEqualTo(200);
		assertThat(outdated.getResponse().getContentAsString())
			.contains("The catalogue changed since you saw the preview, so nothing was saved.");
		assertThat(preview(outdated).lines()).singleElement()
			.satisfies(line -> assertThat(line.outcome()).isEqualTo(Outcome.UPDATE));
		assertThat(model("LATE-1").getName()).isEqualTo("Added meanwhile");

		assertThat(confirm(outdated).getResponse().getRedirectedUrl()).isEqualTo("/admin/models");
		assertThat(model("LATE-1").getName()).isEqualTo("From the file");
	}

	@Test
	void confirmRefusesATokenThatIsUnknownOrAlreadyUsed() throws Exception {
		perform(post("/admin/models/import/confirm").param("token", "made-up")
			.with(session)
			.with(csrf())
			.with(user(admin)))
			.andExpect(redirectedUrl("/admin/models/import"))
			.andExpect(flash().attribute("problem", "modelImport.stale"));

		MvcResult previewed = upload(HEADER + line("ONCE-1", "Once", "2025-01-01,*:24:24,true,30,90,0,30"));
		assertThat(confirm(previewed).getResponse().getRedirectedUrl()).isEqualTo("/admin/models");
		MvcResult again = confirm(previewed);

		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/admin/models/import");
		assertThat(again.getFlashMap().get("problem")).isEqualTo("modelImport.stale");
		assertThat(catalog.termsHistory(model("ONCE-1").getId())).hasSize(1);
	}

	@Test
	void aFileThatCannotBeReadStaysOnTheUploadFormWithTheReason() throws Exception {
		perform(multipart("/admin/models/import").with(session).with(csrf()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a CSV file to upload.")));
		perform(multipart("/admin/models/import")
			.file(new MockMultipartFile("file", "big.csv", "text/csv", new byte[(int) ModelCatalogCsv.MAX_BYTES + 1]))
			.with(session)
			.with(csrf())
			.with(user(admin)))
			.andExpect(content().string(containsString("The file is larger than 10 MB.")));

		MvcResult result = upload("manufacturer,model,name\nNordfrost,NF-1,Fridge\n");

		assertThat(result.getModelAndView().getViewName()).isEqualTo("catalog/model-import");
		assertThat(result.getResponse().getContentAsString()).contains(
				"The header has a column called \u201cmodel\u201d, which is not one of the columns listed below.",
				"The header has no column model_number: every column must be there, even if it is empty.");
		// Nothing waits for confirmation in the administrator's session (kept in the session table).
		assertThat(session.sessionId()).isNotNull();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES a JOIN SPRING_SESSION s "
				+ "ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.SESSION_ID = ? AND a.ATTRIBUTE_NAME LIKE ?",
				Long.class, session.sessionId(), "%ModelCsvController.pending")).isZero();
	}

	@Test
	void theUploadPageListsTheColumnsAndOffersAnExampleFileThatReadsCleanly() throws Exception {
		perform(get("/admin/models/import").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registration_window_days")))
			.andExpect(content().string(containsString("/admin/models/import/example.csv")));

		byte[] example = perform(get("/admin/models/import/example.csv").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("models-example.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ModelCatalogCsv.read(new java.io.ByteArrayInputStream(example)).lines()).hasSize(2)
			.allMatch(ModelCsvLine::ok);
	}

	@Test
	void onlyAdministratorsMayImportOrExport() throws Exception {
		for (Role role : new Role[] { Role.OWNER, Role.AGENT, Role.SUPERVISOR }) {
			PortalUser someone = Fixtures.user(fixtures.staff(role));
			perform(get("/admin/models/import").with(user(someone))).andExpect(status().isForbidden());
			perform(get("/admin/models/export.csv").with(user(someone))).andExpect(status().isForbidden());
			perform(multipart("/admin/models/import")
				.file(new MockMultipartFile("file", "models.csv", "text/csv",
						(HEADER + line("NO-1", "No", "2025-01-01,*:24:24,true,30,90,0,30")).getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(someone))).andExpect(status().isForbidden());
			perform(post("/admin/models/import/confirm").param("token", "x").with(csrf()).with(user(someone)))
				.andExpect(status().isForbidden());
		}
		assertThat(catalog.findModel(maker.getId(), ModelNumber.of("NO-1"))).isEmpty();
	}
}
