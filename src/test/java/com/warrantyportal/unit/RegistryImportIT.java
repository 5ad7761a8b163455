package com.warrantyportal.unit;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.RegistryImportsEnded;
import com.warrantyportal.unit.internal.RegistryBatchWriter;
import com.warrantyportal.unit.internal.RegistryImportRepository;
import com.warrantyportal.unit.internal.RegistryImportWorker;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Administrators import a manufacturer's serial registry from a CSV file at /admin/manufacturers/{id}/registry: the
 * import runs in the background, in batches of four lines here so that every file spans several commits.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = "warranty.registry-import.batch-size=4")
class RegistryImportIT extends MySqlIntegrationTest {

	private static final String HEADER = "serial,model_number,manufacture_date,ship_date,region\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistryImportRepository imports;

	@Autowired
	UnitService units;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ClaimService claims;

	@Autowired
	AuditTrail audit;

	@Autowired
	RegistryImportWorker worker;

	@MockitoSpyBean
	RegistryBatchWriter writer;

	Catalogue catalogue;

	Account admin;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		admin = fixtures.staff(Role.ADMIN);
	}

	private long maker() {
		return catalogue.registryMaker().getId();
	}

	private String fridge() {
		return catalogue.fridge().getModelNumber();
	}

	private String washer() {
		return catalogue.washer().getModelNumber();
	}

	private String serial(int n) {
		return catalogue.registeredFridgeSerial(n);
	}

	private RequestPostProcessor asAdmin() {
		return user(Fixtures.user(admin));
	}

	private String registryPath() {
		return "/admin/manufacturers/" + maker() + "/registry";
	}

	private String importPath(long importId) {
		return registryPath() + "/imports/" + importId;
	}

	/** Uploads the file as the administrator and returns the id of the import it started. */
	private long upload(String name, byte[] content) throws Exception {
		String location = mvc
			.perform(multipart(registryPath()).file(new MockMultipartFile("file", name, "text/csv", content))
				.with(csrf())
				.with(asAdmin()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "registry.import.queued"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith(registryPath() + "/imports/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long upload(String csv) throws Exception {
		return upload("registry.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	/** Waits until the background import stops running and returns it as it ended. */
	private RegistryImport awaitEnd(long importId) throws InterruptedException {
		return RegistryImportsEnded.awaitEnd(imports, importId);
	}

	/** The manufacturer's registry lines: serial key → model, dates, region, updated_at, import. */
	private Map<String, List<Object>> registry() {
		Map<String, List<Object>> entries = new HashMap<>();
		jdbc.query("SELECT serial_key, model_id, manufacture_date, ship_date, region, updated_at, import_id "
				+ "FROM serial_registry_entry WHERE manufacturer_id = ?", row -> {
					entries.put(row.getString(1), java.util.Arrays.asList(row.getLong(2), row.getObject(3),
							row.getObject(4), row.getString(5), row.getObject(6), row.getObject(7)));
				}, maker());
		return entries;
	}

	@Test
	void anUploadedFileIsLoadedInTheBackgroundAndItsPageShowsWhatWasRead() throws Exception {
		String csv = HEADER + "%s,%s,2024-03-11,2024-04-02,UK\n".formatted(serial(20), fridge())
				+ "%s,%s,2024-03-12,,\n".formatted(serial(21).toLowerCase(), washer())
				+ "%s,%s,2024-03-13,2024-04-02,IE\n".formatted(serial(22), fridge())
				+ "%s,%s,,,\n".formatted(serial(23), fridge())
				+ "%s,%s,2024-03-15,2024-05-01,Côte d'Ivoire\n".formatted(serial(24), washer());

		long importId = upload(csv);
		RegistryImport done = awaitEnd(importId);

		assertThat(done.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(done.getRowsExpected()).isEqualTo(5);
		assertThat(List.of(done.getRowsRead(), done.getRowsLoaded(), done.getRowsRejected())).containsExactly(5L, 5L,
				0L);
		SerialRegistryEntry washerLine = units
			.registryEntry(maker(), SerialNumber.of(serial(21)))
			.orElseThrow();
		assertThat(washerLine.getModelId()).isEqualTo(catalogue.washer().getId());
		assertThat(washerLine.getSerialDisplay()).isEqualTo(serial(21).toLowerCase());
		assertThat(washerLine.getManufactureDate()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(washerLine.getShipDate()).isNull();
		SerialRegistryEntry shipped = units.registryEntry(maker(), SerialNumber.of(serial(22))).orElseThrow();
		assertThat(shipped.getShipDate()).isEqualTo(LocalDate.of(2024, 4, 2));
		assertThat(shipped.getRegion()).isEqualTo("IE");
		assertThat(shipped.getImportId()).isEqualTo(importId);
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(23))).orElseThrow().getManufactureDate())
			.isNull();
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(24))).orElseThrow().getRegion())
			.isEqualTo("Côte d'Ivoire");
		assertThat(audit.of(RegistryImports.AUDIT_TARGET, importId))
			.anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("REGISTRY_IMPORT_STARTED"));

		mvc.perform(get(importPath(importId)).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import of registry.csv")))
			.andExpect(content().string(containsString("Completed")))
			.andExpect(content().string(containsString("5 of about 5")))
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(containsString("No line was rejected.")))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))))
			.andExpect(content().string(containsString("href=\"" + registryPath() + "\"")));
		mvc.perform(get(registryPath()).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The registry holds 11 serials.")))
			.andExpect(content().string(containsString("href=\"" + importPath(importId) + "\"")))
			.andExpect(content().string(containsString("href=\"/admin/manufacturers/" + maker() + "\"")));
	}

	@Test
	void aCompressedFileIsImportedLikeAPlainOne() throws Exception {
		ByteArrayOutputStream gz = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
			out.write((HEADER + "%s,%s,2024-03-11,,\n".formatted(serial(30), fridge())
					+ "%s,%s,2024-03-11,,\n".formatted(serial(31), fridge())).getBytes(StandardCharsets.UTF_8));
		}
		RegistryImport done = awaitEnd(upload("registry.csv.gz", gz.toByteArray()));
		assertThat(done.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(done.getRowsLoaded()).isEqualTo(2);
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(31)))).isPresent();
	}

	@Test
	void reImportingTheSameFileChangesNothingAndAChangedLineIsUpdated() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int n = 40; n < 46; n++) {
			csv.append("%s,%s,2024-03-11,2024-04-0%d,UK\n".formatted(serial(n), n == 42 ? washer() : fridge(), n - 39));
		}
		long first = upload(csv.toString());
		assertThat(awaitEnd(first).getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		Map<String, List<Object>> afterFirst = registry();

		long second = upload(csv.toString());
		RegistryImport again = awaitEnd(second);
		assertThat(again.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(again.getRowsLoaded()).isEqualTo(6);
		assertThat(registry()).as("a second import of the same file changes nothing").isEqualTo(afterFirst);

		String changed = csv.toString()
			.replace("%s,%s,2024-03-11,2024-04-04,UK".formatted(serial(43), fridge()),
					"%s,%s,2024-03-11,2024-04-04,FR".formatted(serial(43), washer()));
		assertThat(changed).isNotEqualTo(csv.toString());
		long third = upload(changed);
		assertThat(awaitEnd(third).getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		Map<String, List<Object>> afterThird = registry();
		String key = SerialNumber.of(serial(43)).key();
		assertThat(afterThird.get(key).get(0)).isEqualTo(catalogue.washer().getId());
		assertThat(afterThird.get(key).get(3)).isEqualTo("FR");
		assertThat(afterThird.get(key).get(5)).as("changed by the third import").isEqualTo(third);
		afterThird.remove(key);
		afterFirst.remove(key);
		assertThat(afterThird).as("every other line untouched").isEqualTo(afterFirst);
	}

	@Test
	void badLinesAreReportedWithLineNumberAndReasonWhileTheGoodOnesLoad() throws Exception {
		String csv = "serial,model_number,manufacture_date\n" //
				+ "%s,%s,2024-03-11\n".formatted(serial(50), fridge()) // line 2
				+ "%s,XY-1,2024-03-11\n".formatted(serial(51)) // line 3
				+ "%s,%s,2024-13-01\n".formatted(serial(52), fridge()) // line 4
				+ ",%s,2024-03-11\n".formatted(fridge()) // line 5
				+ "%s,%s,2024-03-12\n".formatted(serial(53), washer()) // line 6
				+ "\"%s\",%s,2024-03-11\n".formatted(serial(50).toLowerCase(), fridge()); // line 7

		long importId = upload(csv);
		RegistryImport done = awaitEnd(importId);

		assertThat(List.of(done.getRowsRead(), done.getRowsLoaded(), done.getRowsRejected())).containsExactly(6L, 2L,
				4L);
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(50)))).isPresent();
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(53)))).isPresent();
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(51)))).isEmpty();
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(52)))).isEmpty();
		String maker = catalogue.registryMaker().getName();
		mvc.perform(get(importPath(importId)).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All 4 rejected lines:")))
			.andExpect(content().string(containsString("Model number XY-1 is not in the catalogue of " + maker)))
			.andExpect(content().string(containsString("manufacture_date 2024-13-01 is not a date like 2024-03-11")))
			.andExpect(content().string(containsString("The serial is empty")))
			.andExpect(content().string(
					containsString("Serial " + serial(50).toLowerCase() + " appears already on line 2")))
			.andExpect(content().string(containsString(importPath(importId) + "/rejected-lines.csv")));

		String report = mvc.perform(get(importPath(importId) + "/rejected-lines.csv").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report.lines().toList()).containsExactly("line,reason,raw",
				"3,Model number XY-1 is not in the catalogue of " + maker + ",\"" + serial(51) + ",XY-1,2024-03-11\"",
				"4,manufacture_date 2024-13-01 is not a date like 2024-03-11,\"" + serial(52) + "," + fridge()
						+ ",2024-13-01\"",
				"5,The serial is empty,\"," + fridge() + ",2024-03-11\"",
				"7,Serial " + serial(50).toLowerCase() + " appears already on line 2,\"" + serial(50).toLowerCase()
						+ "," + fridge() + ",2024-03-11\"");
	}

	@Test
	void aFileWithoutTheRegistryColumnsIsRefusedBesideTheField() throws Exception {
		long before = imports.count();
		mvc.perform(multipart(registryPath())
			.file(new MockMultipartFile("file", "serials.csv", "text/csv", "serial;model;date\nA;B;C\n".getBytes()))
			.with(csrf())
			.with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The columns of serials.csv are separated by semicolons")));
		mvc.perform(multipart(registryPath())
			.file(new MockMultipartFile("file", "serials.csv", "text/csv", "serial,model_number\nA,B\n".getBytes()))
			.with(csrf())
			.with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("manufacture_date is missing")));
		assertThat(imports.count()).isEqualTo(before);
	}

	@Test
	void aFileThatStopsBeingCsvFailsAtThatLineWithTheLinesBeforeLoaded() throws Exception {
		String csv = "serial,model_number,manufacture_date\n" //
				+ "%s,%s,2024-03-11\n".formatted(serial(55), fridge()) // line 2
				+ "%s,%s,2024-03-11\n".formatted(serial(56), fridge()) // line 3
				+ "\"%s\"x,%s,2024-03-11\n".formatted(serial(57), fridge()) // line 4: text after the closing quote
				+ "%s,%s,2024-03-11\n".formatted(serial(58), fridge());

		long importId = upload(csv);
		RegistryImport failed = awaitEnd(importId);

		assertThat(failed.getStatus()).isEqualTo(RegistryImportStatus.FAILED);
		assertThat(failed.getRowsLoaded()).isEqualTo(2);
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(56)))).isPresent();
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(58)))).isEmpty();
		mvc.perform(get(importPath(importId)).with(asAdmin()))
			.andExpect(content().string(containsString("Failed")))
			.andExpect(content().string(containsString("Line 4 of the file is not valid CSV")))
			.andExpect(content().string(not(containsString("Resume the import"))));
	}

	/** Ten lines, in batches of four; line 9 repeats the serial of line 3 (in the first batch), line 10 is bad. */
	private String tenLines() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int n = 60; n < 67; n++) {
			csv.append("%s,%s,2024-03-11,,\n".formatted(serial(n), fridge()));
		}
		csv.append("%s,%s,2024-03-11,,\n".formatted(serial(61), fridge()));
		csv.append("%s,%s,2024-03-11,,\n".formatted(serial(67), washer()));
		csv.append("%s,NO-SUCH-MODEL,2024-03-11,,\n".formatted(serial(68)));
		return csv.toString();
	}

	private void assertImportedCompletelyOnce(RegistryImport done) {
		assertThat(done.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(List.of(done.getRowsRead(), done.getRowsLoaded(), done.getRowsRejected())).containsExactly(10L, 8L,
				2L);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_import_rejection WHERE import_id = ?",
				Long.class, done.getId())).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT line_number FROM registry_import_rejection WHERE import_id = ? "
				+ "ORDER BY line_number", Long.class, done.getId())).containsExactly(9L, 11L);
		for (int n = 60; n < 68; n++) {
			assertThat(units.registryEntry(maker(), SerialNumber.of(serial(n)))).as("serial %d", n).isPresent();
		}
	}

	/** The batch with the fifth line fails once, as if the database had gone away while writing it. */
	private void failSecondBatchOnce(String message) {
		String fifthLine = SerialNumber.of(serial(64)).key();
		AtomicBoolean failed = new AtomicBoolean();
		doAnswer(invocation -> {
			RegistryBatchWriter.Batch batch = invocation.getArgument(0);
			if (batch.rows().stream().anyMatch(row -> row.serialKey().equals(fifthLine)) && !failed.getAndSet(true)) {
				throw new DataAccessResourceFailureException(message);
			}
			return invocation.callRealMethod();
		}).when(writer).write(any());
	}

	@Test
	void aJobThatFailsMidwayIsShownInterruptedAndResumingFinishesItWithCorrectCounts() throws Exception {
		failSecondBatchOnce("The database went away");

		long importId = upload(tenLines());
		RegistryImport interrupted = awaitEnd(importId);

		assertThat(interrupted.getStatus()).isEqualTo(RegistryImportStatus.INTERRUPTED);
		assertThat(List.of(interrupted.getRowsRead(), interrupted.getRowsLoaded())).containsExactly(4L, 4L);
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(64)))).as("second batch rolled back").isEmpty();
		mvc.perform(get(importPath(importId)).with(asAdmin()))
			.andExpect(content().string(containsString("Interrupted")))
			.andExpect(content().string(containsString("The database went away")))
			.andExpect(content().string(containsString("This import stopped after row 4:")))
			.andExpect(content().string(containsString("Resume the import")));

		mvc.perform(post(importPath(importId) + "/resume").param("version", String.valueOf(interrupted.getVersion()))
			.with(csrf())
			.with(asAdmin()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "registry.import.resumed"));

		assertImportedCompletelyOnce(awaitEnd(importId));
		assertThat(audit.of(RegistryImports.AUDIT_TARGET, importId))
			.anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("REGISTRY_IMPORT_RESUMED"));
	}

	@Test
	void anImportLeftRunningByADeadInstanceIsShownInterruptedAndResumesOnce() throws Exception {
		failSecondBatchOnce("Connection reset");
		long importId = upload(tenLines());
		awaitEnd(importId);
		// As a process that died half-way leaves it: still running, after its last commit.
		jdbc.update("UPDATE registry_import SET status = 'RUNNING', problem = NULL, problem_detail = NULL, "
				+ "heartbeat_at = ? WHERE id = ?", LocalDateTime.now(ZoneOffset.UTC), importId);
		mvc.perform(get(importPath(importId)).with(asAdmin()))
			.andExpect(content().string(containsString("Running")))
			.andExpect(content().string(containsString("<meta http-equiv=\"refresh\" content=\"2\">")))
			.andExpect(content().string(containsString("4 of about 10")))
			.andExpect(content().string(containsString("Time left")))
			.andExpect(content().string(not(containsString("Resume the import"))));

		jdbc.update("UPDATE registry_import SET heartbeat_at = ? WHERE id = ?",
				LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5), importId);
		mvc.perform(get(importPath(importId)).with(asAdmin()))
			.andExpect(content().string(containsString("Interrupted")))
			.andExpect(content().string(containsString("The portal stopped while importing")))
			.andExpect(content().string(containsString("Resume the import")))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));
		RegistryImport shown = imports.findById(importId).orElseThrow();
		assertThat(shown.getStatus()).isEqualTo(RegistryImportStatus.INTERRUPTED);

		for (int click = 0; click < 2; click++) {
			mvc.perform(post(importPath(importId) + "/resume").param("version", String.valueOf(shown.getVersion()))
				.with(csrf())
				.with(asAdmin()))
				.andExpect(status().isFound())
				.andExpect(flash().attribute(click == 0 ? "message" : "problem",
						click == 0 ? "registry.import.resumed" : "registry.import.resumeConflict"));
		}
		assertImportedCompletelyOnce(awaitEnd(importId));
	}

	@Test
	void anImportLeftQueuedByAStoppedInstanceIsPickedUpOnceByAnother() throws Exception {
		failSecondBatchOnce("Connection reset");
		long importId = upload(tenLines());
		awaitEnd(importId);
		// As an instance that stopped leaves an import it had resumed but not yet begun: queued, in its lost memory.
		// (times are kept in UTC)
		jdbc.update("UPDATE registry_import SET status = 'QUEUED', problem = NULL, "
				+ "heartbeat_at = TIMESTAMPADD(SECOND, ?, UTC_TIMESTAMP(6)) WHERE id = ?",
				-RegistryImportWorker.PICK_UP_AFTER.plusSeconds(5).toSeconds(), importId);

		// Two watchers reach for it together (as two instances would without the job lock): it runs once.
		assertThat(worker.pickUpWaiting() + worker.pickUpWaiting()).isEqualTo(1);

		assertImportedCompletelyOnce(awaitEnd(importId));
	}

	@Test
	void anImportQueuedJustNowIsLeftToTheInstanceThatQueuedIt() throws Exception {
		long importId = upload(tenLines());
		awaitEnd(importId);
		jdbc.update("UPDATE registry_import SET status = 'QUEUED', heartbeat_at = UTC_TIMESTAMP(6) WHERE id = ?",
				importId);
		try {
			assertThat(worker.pickUpWaiting()).isZero();
			assertThat(imports.findById(importId).orElseThrow().getStatus()).isEqualTo(RegistryImportStatus.QUEUED);
		}
		finally { // ended as it was, so that no later watcher in this shared database finds it waiting
			jdbc.update("UPDATE registry_import SET status = 'COMPLETED' WHERE id = ?", importId);
		}
	}

	@Test
	void afterAnImportUnitStatusesAreRecomputedAndOpenClaimsReEvaluated() throws Exception {
		long fridgeId = catalogue.fridge().getId();
		long washerId = catalogue.washer().getId();
		LocalDate made = LocalDate.of(2024, 3, 11);
		Unit listed = units.create(maker(), fridgeId, SerialNumber.of(serial(1)), SerialStatus.OK, made);
		Unit otherModel = units.create(maker(), washerId, SerialNumber.of(serial(2)), SerialStatus.OK, made);
		Unit unlisted = units.create(maker(), fridgeId, SerialNumber.of(serial(70)), SerialStatus.OK, made);
		Unit stolen = units.create(maker(), fridgeId, SerialNumber.of(serial(3)), SerialStatus.OK, made);
		units.reportStolen(stolen.getId());
		Unit undated = units.create(maker(), fridgeId, SerialNumber.of(serial(71)), SerialStatus.UNKNOWN, null);
		Unit claimed = units.create(maker(), fridgeId, SerialNumber.of(serial(72)), SerialStatus.UNKNOWN, made);
		Account owner = fixtures.owner();
		LocalDate today = LocalDate.now();
		Registration registration = registrations.register(claimed.getId(), owner.getId(), today.minusMonths(3),
				"Test shop", new BigDecimal("899.00"), true, today.minusMonths(3), null, true);
		Claim claim = claims.file(registration.getId(), claimed.getId(), owner.getId(), "Owner", today.minusDays(1),
				"door", Cause.DEFECT, "The door seal came loose.");
		assertThat(claims.find(claim.getId()).orElseThrow().getVerdictStatus()).isEqualTo(VerdictStatus.NEEDS_REVIEW);

		String csv = HEADER + "%s,%s,2024-03-11,,\n".formatted(serial(3), washer()) // the stolen unit: listed as washer
				+ "%s,%s,2024-03-14,,\n".formatted(serial(71), fridge()) // the undated unit
				+ "%s,%s,2024-03-11,,\n".formatted(serial(72), fridge()); // the unit with a claim
		long importId = upload(csv);
		RegistryImport done = awaitEnd(importId);

		assertThat(done.getStatus()).isEqualTo(RegistryImportStatus.COMPLETED);
		assertThat(units.find(listed.getId()).orElseThrow().getSerialStatus()).isEqualTo(SerialStatus.OK);
		assertThat(units.find(otherModel.getId()).orElseThrow().getSerialStatus())
			.isEqualTo(SerialStatus.MODEL_MISMATCH);
		assertThat(units.find(unlisted.getId()).orElseThrow().getSerialStatus()).isEqualTo(SerialStatus.UNKNOWN);
		assertThat(units.find(stolen.getId()).orElseThrow().getSerialStatus()).isEqualTo(SerialStatus.STOLEN);
		Unit dated = units.find(undated.getId()).orElseThrow();
		assertThat(dated.getSerialStatus()).isEqualTo(SerialStatus.OK);
		assertThat(dated.getManufactureDate()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(units.find(claimed.getId()).orElseThrow().getSerialStatus()).isEqualTo(SerialStatus.OK);
		await().untilAsserted(() -> assertThat(claims.find(claim.getId()).orElseThrow().getVerdictStatus())
			.isEqualTo(VerdictStatus.ELIGIBLE));
		assertThat(done.getStatusesChanged()).isEqualTo(4);
		assertThat(done.getDatesFilled()).isEqualTo(1);
		mvc.perform(get(importPath(importId)).with(asAdmin()))
			.andExpect(content().string(containsString("The serial statuses of 4 units changed and 1 unit got "
					+ "their manufacture date from the registry")));
	}

	@Test
	void onlyAdministratorsMayImportOrSeeImports() throws Exception {
		long importId = upload(HEADER + "%s,%s,2024-03-11,,\n".formatted(serial(80), fridge()));
		RegistryImport done = awaitEnd(importId);
		for (Role role : new Role[] { Role.OWNER, Role.AGENT, Role.SUPERVISOR }) {
			RequestPostProcessor someone = user(Fixtures.user(fixtures.staff(role)));
			mvc.perform(get(registryPath()).with(someone)).andExpect(status().isForbidden());
			mvc.perform(get(importPath(importId)).with(someone)).andExpect(status().isForbidden());
			mvc.perform(get(importPath(importId) + "/rejected-lines.csv").with(someone))
				.andExpect(status().isForbidden());
			mvc.perform(multipart(registryPath())
				.file(new MockMultipartFile("file", "r.csv", "text/csv",
						(HEADER + "%s,%s,2024-03-11,,\n".formatted(serial(81), fridge())).getBytes()))
				.with(csrf())
				.with(someone)).andExpect(status().isForbidden());
			mvc.perform(post(importPath(importId) + "/resume").param("version", String.valueOf(done.getVersion()))
				.with(csrf())
				.with(someone)).andExpect(status().isForbidden());
		}
		assertThat(units.registryEntry(maker(), SerialNumber.of(serial(81)))).isEmpty();
	}
}
