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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.registration.RegistrationProblem;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators set the catalogue up from the pages: manufacturers, models, terms, parts and documents. */
@AutoConfigureMockMvc
class CatalogAdminIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CatalogService catalog;

	@Autowired
	AuditTrail audit;

	@Autowired
	OwnerProducts products;

	PortalUser admin;

	@BeforeEach
	void setUp() {
		admin = Fixtures.user(fixtures.staff(Role.ADMIN));
	}

	private MockHttpServletRequestBuilder newManufacturer(String name) {
		return post("/admin/manufacturers").param("name", name)
			.param("website", "https://www.example.com")
			.param("supportEmail", "help@example.com")
			.param("supportPhone", "+44 20 7946 0000")
			.param("keepsRegistry", "true")
			.with(csrf())
			.with(user(admin));
	}

	private MockHttpServletRequestBuilder newModel(long manufacturerId, String number) {
		return post("/admin/models").param("manufacturerId", String.valueOf(manufacturerId))
			.param("modelNumber", number)
			.param("name", "Dishwasher 60 cm")
			.param("category", "Kitchen")
			.param("releaseDate", "2024-02-01")
			.param("components", "Pump, heater, door")
			.param("serialLabelHint", "Inside the door, top edge.")
			.param("terms.effectiveFrom", "2024-01-01")
			.param("terms.lines[0].component", "*")
			.param("terms.lines[0].partsMonths", "24")
			.param("terms.lines[0].labourMonths", "12")
			.param("terms.lines[1].component", "pump")
			.param("terms.lines[1].partsMonths", "60")
			.param("terms.lines[1].labourMonths", "12")
			.param("terms.lines[2].component", "")
			.param("terms.transferable", "true")
			.param("terms.filingWindowDays", "45")
			.param("terms.noProofGraceDays", "90")
			.param("terms.registrationBonusMonths", "12")
			.param("terms.registrationWindowDays", "30")
			.with(csrf())
			.with(user(admin));
	}

	private Manufacturer createdManufacturer() {
		String name = "Maker " + Fixtures.unique();
		return catalog.addManufacturer(new Manufacturer(name, "https://maker.example", null, null, false));
	}

	@Test
	void aManufacturerIsCreatedListedEditedAndAudited() throws Exception {
		String name = "Nordkyl " + Fixtures.unique();
		String location = mvc.perform(newManufacturer(name))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Manufacturer created = catalog.findManufacturerNamed(name).orElseThrow();
		assertThat(location).isEqualTo("/admin/manufacturers/" + created.getId());
		assertThat(created.getSupportEmail()).isEqualTo("help@example.com");
		assertThat(created.isKeepsRegistry()).isTrue();

		mvc.perform(get("/admin/manufacturers").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("help@example.com")));

		mvc.perform(post("/admin/manufacturers/{id}", created.getId()).param("name", name + " AB")
			.param("website", "")
			.param("supportEmail", "")
			.param("supportPhone", "0800 123 456")
			.param("version", String.valueOf(created.getVersion()))
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());
		Manufacturer changed = catalog.findManufacturer(created.getId()).orElseThrow();
		assertThat(changed.getName()).isEqualTo(name + " AB");
		assertThat(changed.getWebsite()).isNull();
		assertThat(changed.isKeepsRegistry()).isFalse();
		assertThat(audit.of(CatalogAdmin.MANUFACTURER_TARGET, created.getId())).extracting("action")
			.containsExactlyInAnyOrder("MANUFACTURER_CHANGED", "MANUFACTURER_CREATED");
	}

	@Test
	void aDuplicateNameAndBadFieldsAreRefusedBesideTheFieldsAllAtOnce() throws Exception {
		Manufacturer existing = createdManufacturer();
		mvc.perform(newManufacturer(existing.getName().toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a manufacturer called " + existing.getName())));

		mvc.perform(post("/admin/manufacturers").param("name", "")
			.param("website", "www.no-scheme")
			.param("supportEmail", "not-an-address")
			.param("supportPhone", "call me")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the manufacturer&#39;s name")))
			.andExpect(content().string(containsString("Enter the website as a full address")))
			.andExpect(content().string(containsString("Enter an e-mail address like support@example.com")))
			.andExpect(content().string(containsString("Use only digits, spaces")))
			.andExpect(content().string(containsString("value=\"www.no-scheme\"")));
	}

	@Test
	void aStaleEditIsRefusedAndKeepsWhatWasTyped() throws Exception {
		Manufacturer maker = createdManufacturer();
		long staleVersion = maker.getVersion();
		mvc.perform(post("/admin/manufacturers/{id}", maker.getId()).param("name", maker.getName())
			.param("supportPhone", "111")
			.param("version", String.valueOf(staleVersion))
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());

		mvc.perform(post("/admin/manufacturers/{id}", maker.getId()).param("name", maker.getName())
			.param("supportPhone", "222")
			.param("version", String.valueOf(staleVersion))
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved a change here")))
			.andExpect(content().string(containsString("value=\"222\"")));
		assertThat(catalog.findManufacturer(maker.getId()).orElseThrow().getSupportPhone()).isEqualTo("111");
	}

	@Test
	void aModelIsCreatedWithItsTermsFromTheRowEditor() throws Exception {
		Manufacturer maker = createdManufacturer();
		mvc.perform(newModel(maker.getId(), "DW 60-A")).andExpect(status().isFound());

		ProductModel model = catalog.findModel(maker.getId(), ModelNumber.of("dw60a")).orElseThrow();
		assertThat(model.getModelNumber()).isEqualTo("DW 60-A");
		assertThat(model.getComponents()).containsExactly("pump", "heater", "door");
		WarrantyTerms terms = catalog.termsInForce(model.getId(), LocalDate.of(2025, 1, 1));
		assertThat(terms.lines()).containsExactly(new CoverageLine("*", 24, 12), new CoverageLine("pump", 60, 12));
		assertThat(terms.filingWindowDays()).isEqualTo(45);
		assertThat(terms.registrationBonusMonths()).isEqualTo(12);
	}

	@Test
	void aModelNumberIsUniquePerManufacturerIgnoringCaseSpacesAndDashes() throws Exception {
		Manufacturer maker = createdManufacturer();
		mvc.perform(newModel(maker.getId(), "DW-60A")).andExpect(status().isFound());
		mvc.perform(newModel(maker.getId(), "dw 60 a"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has model DW-60A")))
			.andExpect(content().string(containsString("value=\"dw 60 a\"")));
		// Another manufacturer may use the same number.
		mvc.perform(newModel(createdManufacturer().getId(), "DW-60A")).andExpect(status().isFound());
	}

	@Test
	void aModelWithBadFieldsShowsEveryProblemAndKeepsTheRows() throws Exception {
		mvc.perform(post("/admin/models").param("modelNumber", "")
			.param("name", "")
			.param("category", "")
			.param("releaseDate", "yesterday")
			.param("terms.effectiveFrom", "")
			.param("terms.lines[0].component", "door")
			.param("terms.lines[0].partsMonths", "12")
			.param("terms.lines[0].labourMonths", "x")
			.param("terms.filingWindowDays", "0")
			.param("terms.noProofGraceDays", "90")
			.param("terms.registrationBonusMonths", "0")
			.param("terms.registrationWindowDays", "30")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the manufacturer that makes this model.")))
			.andExpect(content().string(containsString("Enter the model number")))
			.andExpect(content().string(containsString("Enter the release date as a date")))
			.andExpect(content().string(containsString("Enter the date from which these terms apply")))
			.andExpect(content().string(containsString("Enter the labour months as a whole number")))
			.andExpect(content().string(containsString("The filing window is 1 to 365 days.")))
			.andExpect(content().string(containsString("value=\"door\"")));
	}

	@Test
	void aModelIsEditedRetiredHiddenFromOwnersAndReinstated() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		ProductModel tv = catalogue.tv();
		Account owner = fixtures.owner();
		mvc.perform(post("/admin/models/{id}/edit", tv.getId()).param("modelNumber", tv.getModelNumber())
			.param("name", "Test TV 55 inch")
			.param("category", "TV")
			.param("components", "panel, remote, stand")
			.param("version", String.valueOf(tv.getVersion()))
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());
		ProductModel edited = catalog.findModel(tv.getId()).orElseThrow();
		assertThat(edited.getName()).isEqualTo("Test TV 55 inch");
		assertThat(edited.getComponents()).containsExactly("panel", "remote", "stand");

		String choice = "<strong>" + tv.getModelNumber() + "</strong>";
		mvc.perform(get("/my/products/new").param("q", tv.getModelNumber()).with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString(choice)));
		mvc.perform(post("/admin/models/{id}/retire", tv.getId()).param("version", String.valueOf(edited.getVersion()))
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());
		assertThat(catalog.findModel(tv.getId()).orElseThrow().isRetired()).isTrue();
		mvc.perform(get("/my/products/new").param("q", tv.getModelNumber()).with(user(Fixtures.user(owner))))
			.andExpect(content().string(not(containsString(choice))));

		RegistrationOutcome late = products.register(new RegisterProduct(owner.getId(), tv.getId(), "TV" + Fixtures.unique(),
				LocalDate.now().minusDays(3), "Shop", null, null));
		assertThat(late).isInstanceOfSatisfying(RegistrationOutcome.Refused.class,
				refused -> assertThat(refused.problems()).extracting(RegistrationProblem::code)
					.containsExactly("product.model.retired"));

		mvc.perform(get("/admin/models").param("q", tv.getModelNumber()).param("status", "RETIRED").with(user(admin)))
			.andExpect(content().string(containsString(tv.getModelNumber())));
		mvc.perform(post("/admin/models/{id}/reinstate", tv.getId())
			.param("version", String.valueOf(catalog.findModel(tv.getId()).orElseThrow().getVersion()))
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());
		assertThat(catalog.findModel(tv.getId()).orElseThrow().isRetired()).isFalse();
	}

	@Test
	void aModelWithUnitsCannotBeDeletedButAnUnusedOneCan() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		fixtures.registeredTv(fixtures.owner(), catalogue, LocalDate.now().minusMonths(2));
		ProductModel tv = catalogue.tv();
		mvc.perform(post("/admin/models/{id}/delete", tv.getId()).param("version", String.valueOf(tv.getVersion()))
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/models/" + tv.getId()));
		assertThat(catalog.findModel(tv.getId())).isPresent();
		mvc.perform(get("/admin/models/{id}", tv.getId()).with(user(admin)))
			.andExpect(content().string(not(containsString(">Delete</button>"))));

		Manufacturer maker = createdManufacturer();
		mvc.perform(newModel(maker.getId(), "TYPO-1")).andExpect(status().isFound());
		ProductModel typo = catalog.findModel(maker.getId(), ModelNumber.of("TYPO-1")).orElseThrow();
		mvc.perform(post("/admin/models/{id}/delete", typo.getId()).param("version", String.valueOf(typo.getVersion()))
			.with(csrf())
			.with(user(admin))).andExpect(redirectedUrl("/admin/models"));
		assertThat(catalog.findModel(typo.getId())).isEmpty();
	}

	@Test
	void theModelListPagesBySearchAndKeyset() throws Exception {
		Manufacturer maker = createdManufacturer();
		String prefix = "KS" + Fixtures.unique().toUpperCase();
		for (int i = 0; i < 55; i++) {
			catalog.addModel(new ProductModel(maker.getId(), prefix + "-%03d".formatted(i), "Kettle " + i, "Kitchen",
					null, null, List.of()), LocalDate.of(2020, 1, 1), WarrantyTerms.DEFAULT, "test");
		}
		String first = mvc.perform(get("/admin/models").param("q", prefix.toLowerCase()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(prefix + "-000")))
			.andExpect(content().string(containsString(prefix + "-049")))
			.andExpect(content().string(not(containsString(prefix + "-050"))))
			.andExpect(content().string(containsString("Next page")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		ProductModel last = catalog.findModel(maker.getId(), ModelNumber.of(prefix + "-049")).orElseThrow();
		assertThat(first).contains("afterKey=" + last.getModelNumberKey());
		mvc.perform(get("/admin/models").param("q", prefix)
			.param("afterKey", last.getModelNumberKey())
			.param("afterId", String.valueOf(last.getId()))
			.with(user(admin)))
			.andExpect(content().string(containsString(prefix + "-050")))
			.andExpect(content().string(containsString(prefix + "-054")))
			.andExpect(content().string(not(containsString(prefix + "-049<"))))
			.andExpect(content().string(not(containsString("Next page"))));
	}

	@Test
	void partsAndDocumentsReachTheOwnersProductPage() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		long tvId = catalogue.tv().getId();
		mvc.perform(post("/admin/models/{id}/parts", tvId).param("partNumber", "RC-200")
			.param("name", "Remote control")
			.param("component", "remote")
			.param("price", "19.90")
			.param("currency", "eur")
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());
		mvc.perform(post("/admin/models/{id}/parts", tvId).param("partNumber", "rc-200")
			.param("name", "Again")
			.param("price", "-1")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a price of 0 or more")));
		mvc.perform(post("/admin/models/{id}/parts", tvId).param("partNumber", "rc-200")
			.param("name", "Again")
			.param("currency", "GBP")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This model already lists part rc-200")));
		assertThat(catalog.partsOf(tvId)).singleElement().satisfies(part -> {
			assertThat(part.getCurrency()).isEqualTo("EUR");
			assertThat(part.getComponent()).isEqualTo("remote");
		});

		mvc.perform(multipart("/admin/models/{id}/documents", tvId)
			.file(new MockMultipartFile("file", "manual.pdf", "application/pdf", Fixtures.PDF))
			.param("title", "User manual")
			.param("kind", "MANUAL")
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());
		mvc.perform(post("/admin/models/{id}/documents", tvId).param("title", "Safety leaflet")
			.param("kind", "SAFETY")
			.param("url", "https://maker.example/safety.pdf")
			.with(csrf())
			.with(user(admin))).andExpect(status().isFound());
		mvc.perform(multipart("/admin/models/{id}/documents", tvId)
			.file(new MockMultipartFile("file", "photo.png", "image/png", Fixtures.PNG))
			.param("title", "Not a manual")
			.param("kind", "OTHER")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file photo.png is not a PDF")));
		mvc.perform(post("/admin/models/{id}/documents", tvId).param("title", "Plain link")
			.param("kind", "OTHER")
			.param("url", "http://insecure.example/x.pdf")
			.with(csrf())
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a secure link starting with https://")));
		assertThat(catalog.documentsOf(tvId)).extracting(ModelDocument::getTitle)
			.containsExactlyInAnyOrder("User manual", "Safety leaflet");

		Account owner = fixtures.owner();
		Registration registration = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(1));
		ModelDocument manual = catalog.documentsOf(tvId)
			.stream()
			.filter(d -> d.getTitle().equals("User manual"))
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/my/products/{id}", registration.getId()).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("User manual")))
			.andExpect(content().string(containsString("Safety leaflet")))
			.andExpect(content().string(containsString("RC-200")))
			.andExpect(content().string(containsString("€19.90")));
		mvc.perform(get("/models/{id}/documents/{d}", tvId, manual.getId()).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		assertThat(audit.of(CatalogAdmin.AUDIT_TARGET, tvId)).extracting("action")
			.contains("PART_ADDED", "DOCUMENT_ADDED");
	}

	@Test
	void onlyAdministratorsReachTheCatalogueAdministration() throws Exception {
		for (Role role : new Role[] { Role.OWNER, Role.AGENT, Role.SUPERVISOR }) {
			PortalUser someone = Fixtures.user(fixtures.staff(role));
			mvc.perform(get("/admin/manufacturers").with(user(someone))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/models").with(user(someone))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/manufacturers").param("name", "Sneaky " + role)
				.with(csrf())
				.with(user(someone))).andExpect(status().isForbidden());
			assertThat(catalog.findManufacturerNamed("Sneaky " + role)).isEmpty();
		}
	}
}
