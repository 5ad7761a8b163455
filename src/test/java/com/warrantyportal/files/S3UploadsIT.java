package com.warrantyportal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.support.ApiTokens;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.ProductForms;
import com.warrantyportal.support.RegistryImportsEnded;
import com.warrantyportal.support.S3Server;
import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImportStatus;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.UnitService;
import com.warrantyportal.unit.internal.RegistryImportRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Uploaded files in an S3-compatible bucket (WARRANTY_UPLOADS_S3_*), against a real S3 server: receipts and registry
 * files go to the bucket under the prefix and come back from it, the uploads folder is not used, and a bucket that does
 * not answer turns an upload away beside its field with the form kept.
 */
@AutoConfigureMockMvc
class S3UploadsIT extends MySqlIntegrationTest {

	static final String BUCKET = "warranty-uploads";

	static final String PREFIX = "portal-test/";

	static final Path UNUSED_FOLDER = Path.of("target", "test-uploads-not-used-with-s3");

	@DynamicPropertySource
	static void bucket(DynamicPropertyRegistry registry) {
		registry.add("warranty.uploads.s3.bucket", () -> {
			S3Server.shared().bucket(BUCKET);
			return BUCKET;
		});
		registry.add("warranty.uploads.s3.endpoint", () -> S3Server.shared().endpoint());
		registry.add("warranty.uploads.s3.prefix", () -> "portal-test");
		registry.add("warranty.uploads.s3.access-key", () -> S3Server.ACCESS_KEY);
		registry.add("warranty.uploads.s3.secret-key", () -> S3Server.SECRET_KEY);
		registry.add("warranty.uploads-dir", UNUSED_FOLDER::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FileContentStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitService units;

	@Autowired
	RegistryImportRepository imports;

	Fixtures.Catalogue catalogue;

	Account owner;

	@BeforeEach
	void setUp() {
		S3Server.shared().start();
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
	}

	@Test
	void theStoreIsTheBucketUnderItsPrefix() throws Exception {
		assertThat(store).isInstanceOf(S3ContentStore.class);
		String name = "ab/" + Fixtures.unique() + ".pdf";
		assertThat(store.write(name, new ByteArrayInputStream(Fixtures.PDF))).isEqualTo(Fixtures.PDF.length);

		assertThat(S3Server.shared().keys(BUCKET, PREFIX + "ab/")).contains(PREFIX + name);
		assertThat(store.exists(name)).isTrue();
		try (InputStream in = store.read(name)) {
			assertThat(in.readAllBytes()).isEqualTo(Fixtures.PDF);
		}
		assertThat(store.resource(name).contentLength()).isEqualTo(Fixtures.PDF.length);

		store.delete(name);
		assertThat(store.exists(name)).isFalse();
		assertThat(store.resource(name).exists()).isFalse();
		assertThatThrownBy(() -> store.read(name)).isInstanceOf(NoSuchFileException.class);
		store.delete(name); // removing what is gone is no error
		assertThatThrownBy(() -> store.write("../elsewhere.pdf", new ByteArrayInputStream(Fixtures.PDF)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aReceiptIsKeptInTheBucketAndDownloadsForItsOwnerOnly() throws Exception {
		String serial = "TV" + Fixtures.unique();
		mvc.perform(registration(serial).file(new MockMultipartFile("proof", "receipt.pdf", "application/pdf",
				Fixtures.PDF)))
			.andExpect(status().isFound());
		long fileId = jdbc.queryForObject("SELECT r.proof_file_id FROM registration r JOIN unit u ON u.id = r.unit_id "
				+ "WHERE r.owner_id = ? AND u.serial_display = ?", Long.class, owner.getId(), serial);
		String storageName = jdbc.queryForObject("SELECT storage_name FROM stored_file WHERE id = ?", String.class,
				fileId);

		assertThat(S3Server.shared().keys(BUCKET, PREFIX))
			.contains(PREFIX + storageName.substring(0, 2) + "/" + storageName);
		byte[] downloaded = mvc.perform(get("/my/files/{id}", fileId).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("receipt.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(Fixtures.PDF);
		mvc.perform(get("/my/files/{id}", fileId).with(user(Fixtures.user(fixtures.owner()))))
			.andExpect(status().isNotFound());
		assertThat(Files.exists(UNUSED_FOLDER)).as("nothing is written to the uploads folder").isFalse();
	}

	@Test
	void aReceiptWhoseObjectIsGoneIsNotFoundRatherThanAnError() throws Exception {
		var registration = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 3, 10));
		String storageName = jdbc.queryForObject("SELECT storage_name FROM stored_file WHERE id = ?", String.class,
				registration.getProofFileId());
		store.delete(storageName.substring(0, 2) + "/" + storageName);

		mvc.perform(get("/my/files/{id}", registration.getProofFileId()).with(user(Fixtures.user(owner))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRegistryFileIsImportedFromTheBucketAndRemovedAfter() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		String csv = "serial,model_number,manufacture_date,ship_date,region\n"
				+ "%s,%s,2024-03-11,2024-04-02,UK\n".formatted(catalogue.registeredFridgeSerial(40),
						catalogue.fridge().getModelNumber())
				+ "%s,%s,2024-03-12,,\n".formatted(catalogue.registeredFridgeSerial(41),
						catalogue.washer().getModelNumber());
		String path = "/admin/manufacturers/" + catalogue.registryMaker().getId() + "/registry";
		String location = mvc
			.perform(multipart(path)
				.file(new MockMultipartFile("file", "registry.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(Fixtures.user(admin))))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long importId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		RegistryImport done = awaitEnd(importId);
		assertThat(done.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(done.getRowsLoaded()).isEqualTo(2);
		assertThat(units.registryEntry(catalogue.registryMaker().getId(),
				SerialNumber.of(catalogue.registeredFridgeSerial(41))).orElseThrow().getModelId())
			.isEqualTo(catalogue.washer().getId());
		// Removed once the import has ended (just after it is marked so).
		await().atMost(Duration.ofSeconds(10))
			.until(() -> S3Server.shared().keys(BUCKET, PREFIX + "registry-imports/" + done.getStorageName()),
					List::isEmpty);
		assertThat(Files.exists(UNUSED_FOLDER)).as("nothing is written to the uploads folder").isFalse();
	}

	@Test
	void aRegistryFileTheBucketDoesNotTakeIsTurnedAwaySayingToUploadItAgain() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		String csv = "serial,model_number,manufacture_date,ship_date,region\n"
				+ "%s,%s,2024-03-11,,\n".formatted(catalogue.registeredFridgeSerial(42),
						catalogue.fridge().getModelNumber());
		long importsBefore = imports.count();
		S3Server.shared().stop();
		try {
			mvc.perform(multipart("/admin/manufacturers/" + catalogue.registryMaker().getId() + "/registry")
				.file(new MockMultipartFile("file", "registry.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(Fixtures.user(admin))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("registry.csv could not be kept just now")));
		}
		finally {
			S3Server.shared().start();
		}
		assertThat(imports.count()).as("no import started").isEqualTo(importsBefore);
	}

	@Test
	void aRegistryBatchTheBucketDoesNotTakeIsAnsweredTryAgainLaterAndMayBeSentAgainUnderItsKey() throws Exception {
		String token = ApiTokens.issue(mvc, fixtures.staff(Role.ADMIN), "MANUFACTURER",
				catalogue.registryMaker().getId());
		String body = """
				{"rows":[{"serial":"%s","modelNumber":"%s","manufactureDate":"2024-03-18"}]}"""
			.formatted(catalogue.registeredFridgeSerial(43), catalogue.fridge().getModelNumber());
		String key = "batch-" + Fixtures.unique();
		S3Server.shared().stop();
		try {
			mvc.perform(ApiTokens.as(token, post("/api/v1/registry/batches")).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.detail").value(containsString("send it again")));
		}
		finally {
			S3Server.shared().start();
		}
		mvc.perform(ApiTokens.as(token, post("/api/v1/registry/batches")).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isAccepted());
	}

	@Test
	void aReceiptAskedForWhileTheBucketDoesNotAnswerGetsTheTemporarilyUnavailablePage() throws Exception {
		var registration = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 3, 10));
		S3Server.shared().stop();
		try {
			mvc.perform(get("/my/files/{id}", registration.getProofFileId()).with(user(Fixtures.user(owner))))
				.andExpect(status().isServiceUnavailable());
		}
		finally {
			S3Server.shared().start();
		}
		mvc.perform(get("/my/files/{id}", registration.getProofFileId()).with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().bytes(Fixtures.PDF));
	}

	@Test
	void aBucketThatDoesNotAnswerTurnsTheReceiptAwayBesideItsFieldAndKeepsTheForm() throws Exception {
		String serial = "TV" + Fixtures.unique();
		S3Server.shared().stop();
		try {
			mvc.perform(registration(serial).file(new MockMultipartFile("proof", "receipt.pdf", "application/pdf",
					Fixtures.PDF)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("We could not keep receipt.pdf just now")))
				.andExpect(content().string(containsString("value=\"" + serial + "\"")))
				.andExpect(content().string(containsString("Kitchen World")));
		}
		finally {
			S3Server.shared().start();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE serial_display = ?", Long.class, serial))
			.as("nothing registered without its receipt")
			.isZero();
	}

	private MockMultipartHttpServletRequestBuilder registration(String serial) {
		return ProductForms.registration(owner, catalogue.tv().getId(), serial, "2025-03-10");
	}

	private RegistryImport awaitEnd(long importId) throws InterruptedException {
		return RegistryImportsEnded.awaitEnd(imports, importId);
	}
}
