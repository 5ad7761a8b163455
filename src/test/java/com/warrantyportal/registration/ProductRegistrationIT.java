package com.warrantyportal.registration;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.ProductForms;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Registering products through the real pages, against the real database. */
@AutoConfigureMockMvc
class ProductRegistrationIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	OwnerTransfers ownerTransfers;

	@Autowired
	UnitService units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.warrantyportal.notification.MailOutbox outbox;

	Catalogue catalogue;

	Account owner;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
	}

	private MockMultipartHttpServletRequestBuilder register(Account who, long modelId, String serial, String purchased) {
		return ProductForms.registration(who, modelId, serial, purchased);
	}

	@Test
	void registersASerialFromTheRegistryWithItsReceiptAndShowsTheWarranty() throws Exception {
		String serial = catalogue.registeredFridgeSerial(1);
		String location = mvc
			.perform(register(owner, catalogue.fridge().getId(), serial.toLowerCase().replace("2411", "24-11 "),
					"2025-03-10")
				.file(new MockMultipartFile("proof", "receipt.pdf", "application/pdf", Fixtures.PDF)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/my/products/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(location).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("receipt.pdf").contains("9 Mar 2027").contains("9 Mar 2035");
		assertThat(units.find(catalogue.registryMaker().getId(), com.warrantyportal.unit.SerialNumber.of(serial))
			.orElseThrow()
			.getSerialStatus()).isEqualTo(SerialStatus.OK);
	}

	@Test
	void aSerialOfTheWrongShapeIsRefusedWithTheExpectedShapeAndTheFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(register(owner, catalogue.fridge().getId(), "ABC-123", "2025-03-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("serial numbers look like 2411NF00042")))
			.andExpect(content().string(containsString("value=\"ABC-123\"")))
			.andExpect(content().string(containsString("value=\"Kitchen World\"")))
			.andExpect(content().string(containsString("value=\"2025-03-10\"")));
	}

	@Test
	void aSerialMissingFromTheRegistryIsAcceptedButMarkedUnknownForStaff() throws Exception {
		String serial = "2411" + catalogue.prefix() + "77777";
		mvc.perform(register(owner, catalogue.fridge().getId(), serial, "2025-03-10"))
			.andExpect(status().isFound());
		assertThat(units.find(catalogue.registryMaker().getId(), com.warrantyportal.unit.SerialNumber.of(serial))
			.orElseThrow()
			.getSerialStatus()).isEqualTo(SerialStatus.UNKNOWN);
	}

	@Test
	void aSerialListedUnderAnotherModelNamesThatModel() throws Exception {
		mvc.perform(register(owner, catalogue.fridge().getId(), catalogue.registeredFridgeSerial(99), "2025-03-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"This serial number belongs to model " + catalogue.washer().getModelNumber() + " (Test washer)")));
	}

	@Test
	void aSerialRegisteredToSomeoneElseBecomesATransferRequestTheyCanAccept() throws Exception {
		String serial = catalogue.registeredFridgeSerial(2);
		mvc.perform(register(owner, catalogue.fridge().getId(), serial, "2025-03-10")).andExpect(status().isFound());
		Account buyer = fixtures.owner();
		mvc.perform(register(buyer, catalogue.fridge().getId(), serial, "2025-09-01"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/my/products"));
		assertThat(productViews.list(buyer.getId(), ProductSort.MODEL)).isEmpty();
		var incoming = ownerTransfers.incomingTransfers(owner.getId());
		assertThat(incoming).hasSize(1);

		mvc.perform(post("/my/transfers/{id}/accept", incoming.get(0).id()).with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		assertThat(productViews.list(owner.getId(), ProductSort.MODEL)).isEmpty();
		assertThat(productViews.list(buyer.getId(), ProductSort.MODEL)).singleElement()
			.satisfies(p -> assertThat(p.originalPurchaser()).isFalse());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration r JOIN unit u ON u.id = r.unit_id "
				+ "WHERE u.serial_key = ? AND r.active_unit_id IS NOT NULL", Integer.class, serial)).isEqualTo(1);
	}

	@Test
	void staffSeeTheFiftyTransfersWaitingLongestAndHowManyWait() throws Exception {
		String serial = catalogue.registeredFridgeSerial(6);
		mvc.perform(register(owner, catalogue.fridge().getId(), serial, "2025-03-10")).andExpect(status().isFound());
		mvc.perform(register(fixtures.owner(), catalogue.fridge().getId(), serial, "2025-09-01"))
			.andExpect(status().isFound());
		long transferId = ownerTransfers.incomingTransfers(owner.getId()).get(0).id();
		// Asked long ago, before any other test's transfer still waiting in the shared database, and fifty more asked
		// a day after it: the page's fifty waiting longest are this one and those.
		jdbc.update("UPDATE transfer_request SET created_at = '2000-01-01 00:00:00' WHERE id = ?", transferId);
		jdbc.update("INSERT INTO transfer_request (unit_id, from_registration_id, requester_id, purchase_date, retailer, "
				+ "status, created_at, version) SELECT unit_id, from_registration_id, requester_id, purchase_date, "
				+ "'Later shop', 'PENDING', TIMESTAMPADD(SECOND, n.n, TIMESTAMPADD(DAY, 1, created_at)), 0 "
				+ "FROM transfer_request, (SELECT 1 AS n UNION ALL SELECT 2) n WHERE id = ?", transferId);
		for (int doubled = 0; doubled < 5; doubled++) { // 2 later ones doubled five times: 64
			jdbc.update("INSERT INTO transfer_request (unit_id, from_registration_id, requester_id, purchase_date, "
					+ "retailer, status, created_at, version) SELECT unit_id, from_registration_id, requester_id, "
					+ "purchase_date, retailer, status, TIMESTAMPADD(MICROSECOND, 1, created_at), 0 FROM transfer_request "
					+ "WHERE retailer = 'Later shop' AND from_registration_id = (SELECT from_registration_id FROM "
					+ "(SELECT from_registration_id FROM transfer_request WHERE id = ?) t)", transferId);
		}
		try {
			long waiting = jdbc.queryForObject("SELECT COUNT(*) FROM transfer_request WHERE status = 'PENDING'",
					Long.class);
			String page = mvc.perform(get("/staff/transfers")
				.with(user(Fixtures.user(fixtures.staff(com.warrantyportal.account.Role.AGENT))))).andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page.split("action=\"/staff/transfers/", -1).length - 1).as("two forms per transfer shown")
				.isEqualTo(100);
			assertThat(page).contains("/staff/transfers/" + transferId + "\"")
				.contains(waiting + " transfers are waiting; these are the 50 waiting longest.");
		}
		finally {
			jdbc.update("DELETE FROM transfer_request WHERE retailer = 'Later shop' OR id = ?", transferId);
		}
	}

	@Test
	void theCurrentOwnerIsMailedAndStaffDecideWhenTheyDoNotAnswer() throws Exception {
		String serial = catalogue.registeredFridgeSerial(5);
		mvc.perform(register(owner, catalogue.fridge().getId(), serial, "2025-03-10")).andExpect(status().isFound());
		Account buyer = fixtures.owner();
		mvc.perform(register(buyer, catalogue.fridge().getId(), serial, "2025-09-01")).andExpect(status().isFound());
		assertThat(outbox.to(owner.getEmail())).extracting(m -> m.getSubject())
			.containsExactly("Someone asks to take over your " + catalogue.fridge().getModelNumber() + " Test fridge");

		long transferId = ownerTransfers.incomingTransfers(owner.getId()).get(0).id();
		var agent = Fixtures.user(fixtures.staff(com.warrantyportal.account.Role.AGENT));
		mvc.perform(get("/staff/transfers").with(user(agent)))
			.andExpect(content().string(containsString(serial)));
		mvc.perform(post("/staff/transfers/{id}", transferId).param("accept", "true").with(csrf()).with(user(agent)))
			.andExpect(status().isFound());
		assertThat(productViews.list(buyer.getId(), ProductSort.MODEL)).extracting(ProductView::serial).containsExactly(serial);
		assertThat(outbox.to(buyer.getEmail())).extracting(m -> m.getSubject())
			.containsExactly("Your product transfer is done");
		// The owner answering afterwards finds nothing left to decide.
		mvc.perform(post("/my/transfers/{id}/decline", transferId).with(csrf()).with(user(Fixtures.user(owner))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStolenSerialIsRefusedAndStaffAreAlerted() throws Exception {
		String serial = catalogue.registeredFridgeSerial(3);
		mvc.perform(register(owner, catalogue.fridge().getId(), serial, "2025-03-10")).andExpect(status().isFound());
		long registrationId = productViews.list(owner.getId(), ProductSort.MODEL).get(0).registrationId();
		mvc.perform(post("/my/products/{id}/stolen", registrationId).param("missingSince", "2025-10-01")
			.param("confirmed", "true")
			.with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());

		Account thief = fixtures.owner();
		mvc.perform(register(thief, catalogue.fridge().getId(), serial, "2025-10-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reported stolen or lost, so we cannot register it")));
		long unitId = productViews.list(owner.getId(), ProductSort.MODEL).get(0).unitId();
		assertThat(units.alertsFor(unitId)).extracting(a -> a.getAlertType())
			.contains("UNIT_REPORTED_STOLEN", "STOLEN_UNIT_REGISTRATION");

		mvc.perform(post("/my/products/{id}/recovered", registrationId).with(csrf()).with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());
		assertThat(units.find(unitId).orElseThrow().getSerialStatus()).isEqualTo(SerialStatus.OK);
	}

	@Test
	void purchaseDatesAreCheckedAgainstTodayTheReleaseAndTheManufactureDate() throws Exception {
		mvc.perform(register(owner, catalogue.tv().getId(), "TV" + Fixtures.unique(),
				LocalDate.now().plusDays(2).toString()))
			.andExpect(content().string(containsString("cannot be in the future")));
		mvc.perform(register(owner, catalogue.tv().getId(), "TV" + Fixtures.unique(), "2023-05-31"))
			.andExpect(content().string(containsString("This model went on sale on 1 Jun 2023")));
		// The fridge serial's registry entry says it was made on 11 Mar 2024.
		mvc.perform(register(owner, catalogue.fridge().getId(), catalogue.registeredFridgeSerial(4), "2024-03-01"))
			.andExpect(content().string(containsString("This unit was made on 11 Mar 2024")));
	}

	@Test
	void aReceiptIsTypedByItsContentNotItsName() throws Exception {
		mvc.perform(register(owner, catalogue.tv().getId(), "TV" + Fixtures.unique(), "2025-03-10")
			.file(new MockMultipartFile("proof", "receipt.pdf", "application/pdf", "<html>not a pdf</html>".getBytes())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("receipt.pdf is not a PDF, JPEG, PNG or WebP file")));
		assertThat(productViews.list(owner.getId(), ProductSort.MODEL)).isEmpty();
	}

	@Test
	void aReceiptOverTenMegabytesIsRefusedBesideTheFieldWithTheFormKept() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(Fixtures.PDF, 0, big, 0, Fixtures.PDF.length);
		mvc.perform(register(owner, catalogue.tv().getId(), "TV-BIG-1", "2025-03-10")
			.file(new MockMultipartFile("proof", "scan.pdf", "application/pdf", big)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("scan.pdf is larger than 10 MB")))
			.andExpect(content().string(containsString("value=\"TV-BIG-1\"")));
		assertThat(productViews.list(owner.getId(), ProductSort.MODEL)).isEmpty();
	}

	@Test
	void receiptsDownloadAsAttachmentsOnlyForTheirOwner() throws Exception {
		var registration = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 3, 10));
		long fileId = registration.getProofFileId();
		mvc.perform(get("/my/files/{id}", fileId).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/my/files/{id}", fileId).with(user(Fixtures.user(fixtures.owner()))))
			.andExpect(status().isNotFound());
		var agent = Fixtures.user(fixtures.staff(com.warrantyportal.account.Role.AGENT));
		mvc.perform(get("/staff/files/{id}", fileId).with(user(agent))).andExpect(status().isOk());
		// A PDF is never shown inline, only downloaded.
		mvc.perform(get("/staff/files/{id}/view", fileId).with(user(agent))).andExpect(status().isNotFound());
	}

	@Test
	void staffSeePictureReceiptsInsideThePageWithNosniff() throws Exception {
		mvc.perform(register(owner, catalogue.tv().getId(), "TV" + Fixtures.unique(), "2025-03-10")
			.file(new MockMultipartFile("proof", "receipt-photo.png", "image/png", Fixtures.PNG)))
			.andExpect(status().isFound());
		Long fileId = productViews.list(owner.getId(), ProductSort.MODEL).get(0).proofFileId();
		var agent = Fixtures.user(fixtures.staff(com.warrantyportal.account.Role.AGENT));
		mvc.perform(get("/staff/files/{id}/view", fileId).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/staff/files/{id}/view", fileId).with(user(Fixtures.user(owner))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListExportsToCsvAndSorts() throws Exception {
		fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 3, 10));
		fixtures.registeredTv(owner, catalogue, LocalDate.of(2024, 3, 10));
		mvc.perform(get("/my/products.csv").with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("my-products.csv")))
			.andExpect(content().string(containsString("Model number")))
			.andExpect(content().string(containsString("2025-03-10")))
			.andExpect(content().string(containsString("2024-03-10")));
		assertThat(productViews.list(owner.getId(), ProductSort.PURCHASE_OLDEST)).extracting(ProductView::purchaseDate)
			.containsExactly(LocalDate.of(2024, 3, 10), LocalDate.of(2025, 3, 10));
	}

	@Test
	void aStaleEditIsRefusedWithTheCurrentDetailsAndNothingIsOverwritten() throws Exception {
		var registration = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 3, 10));
		long id = registration.getId();
		long version = productViews.find(owner.getId(), id).orElseThrow().version();
		mvc.perform(multipart("/my/products/{id}/edit", id).param("version", String.valueOf(version))
			.param("purchaseDate", "2025-03-11")
			.param("retailer", "First tab")
			.with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		mvc.perform(multipart("/my/products/{id}/edit", id).param("version", String.valueOf(version))
			.param("purchaseDate", "2025-03-12")
			.param("retailer", "Second tab")
			.with(csrf())
			.with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("changed elsewhere")))
			.andExpect(content().string(containsString("value=\"First tab\"")))
			.andExpect(content().string(not(containsString("value=\"Second tab\""))));
		assertThat(productViews.find(owner.getId(), id).orElseThrow().retailer()).isEqualTo("First tab");
	}

	@Test
	void removingAProductKeepsItsClaims() throws Exception {
		var registration = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 3, 10));
		jdbc.update("INSERT INTO claim (claim_number, registration_id, unit_id, owner_id, status, failure_date, "
				+ "filed_on, component, cause, description, created_at, updated_at) VALUES (?, ?, ?, ?, 'SUBMITTED', "
				+ "'2025-09-01', '2025-09-02', 'panel', 'DEFECT', 'A line across the screen.', NOW(), NOW())",
				"WC-T-" + Fixtures.unique(), registration.getId(), registration.getUnitId(), owner.getId());
		mvc.perform(post("/my/products/{id}/remove", registration.getId()).with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		assertThat(productViews.list(owner.getId(), ProductSort.MODEL)).isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE registration_id = ?", Integer.class,
				registration.getId())).isEqualTo(1);
	}
}
