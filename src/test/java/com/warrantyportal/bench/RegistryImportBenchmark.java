package com.warrantyportal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.TestDatabase;
import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImportStatus;
import com.warrantyportal.unit.RegistryImports;
import com.warrantyportal.unit.internal.RegistryImportRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures the serial registry import against the database's own bulk loader and prints the figures; it asserts
 * nothing about speed (speed targets belong in benchmarks, not tests). It writes N valid lines for a catalogue of five
 * models into a temporary file, imports that file through {@link RegistryImports} exactly as an upload does (stored,
 * loaded in the background, units recomputed) and times it until the import is completed, then loads the same file
 * with {@code LOAD DATA LOCAL INFILE} into a scratch table shaped like the registry (the same three indexes) and times
 * that. Its name keeps it out of the test runs; {@code docs/bench/registry-import.sh} runs it.
 */
class RegistryImportBenchmark extends MySqlIntegrationTest {

	private static final String SCRATCH = "registry_bench_load_data";

	@Autowired
	Fixtures fixtures;

	@Autowired
	CatalogService catalog;

	@Autowired
	RegistryImports registryImports;

	@Autowired
	RegistryImportRepository imports;

	@Test
	void importsAMillionLinesAtLeastHalfAsFastAsTheDatabasesOwnLoader() throws Exception {
		int rows = Integer.getInteger("bench.rows", 1_000_000);
		String run = Fixtures.unique();
		Manufacturer maker = catalog.addManufacturer(new Manufacturer("Bench " + run, null, null, true));
		List<String> modelNumbers = List.of("BM-100", "BM-200", "BM-300", "BM-400", "BM-500");
		for (String number : modelNumbers) {
			catalog.addModel(new ProductModel(maker.getId(), number, "Bench model " + number, "Bench",
					LocalDate.of(2020, 1, 1), "Back panel.", List.of("motor")), LocalDate.of(2020, 1, 1),
					WarrantyTerms.DEFAULT, "bench");
		}
		Path file = Files.createTempFile("registry-bench-", ".csv");
		try {
			write(file, rows, modelNumbers);
			System.out.printf("registry benchmark: %d lines, %.1f MB, on %s%n", rows, Files.size(file) / 1e6,
					version());

			Account admin = fixtures.staff(Role.ADMIN);
			settle();
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated(Fixtures.user(admin), null, Fixtures.user(admin).getAuthorities()));
			long start = System.nanoTime();
			RegistryImport started;
			try (InputStream content = Files.newInputStream(file)) {
				started = registryImports.start(maker.getId(), "bench.csv", content, admin.getEmail());
			}
			finally {
				SecurityContextHolder.clearContext();
			}
			RegistryImport done = awaitEnd(started.getId());
			double importSeconds = (System.nanoTime() - start) / 1e9;
			if (done.getStatus() != RegistryImportStatus.COMPLETED || done.getRowsLoaded() != rows) {
				throw new AssertionError("The import ended " + done.getStatus() + " with " + done.getRowsLoaded()
						+ " of " + rows + " rows loaded (" + done.getProblem() + ": " + done.getProblemDetail() + ")");
			}
			System.out.printf("registry benchmark: import read %d, loaded %d, rejected %d; heap peak %d MB%n",
					done.getRowsRead(), done.getRowsLoaded(), done.getRowsRejected(), heapPeakMegabytes());

			settle();
			double loadDataSeconds = loadData(file);
			System.out.printf("registry benchmark: import %.1f s, LOAD DATA %.1f s%n", importSeconds, loadDataSeconds);
			double importRate = rows / importSeconds;
			double loadDataRate = rows / loadDataSeconds;
			System.out.println(String.format(Locale.ROOT,
					"registry import: %d rows in %.1f s, %.0f rows/s; LOAD DATA %.0f rows/s; ratio %.0f%%", rows,
					importSeconds, importRate, loadDataRate, 100 * importRate / loadDataRate));
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** N valid lines: serials as a manufacturer prints them, the models in turn, dates spread over four years. */
	private static void write(Path file, int rows, List<String> modelNumbers) throws IOException {
		LocalDate first = LocalDate.of(2021, 1, 4);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("serial,model_number,manufacture_date,ship_date,region\n");
			StringBuilder line = new StringBuilder(64);
			for (int i = 0; i < rows; i++) {
				LocalDate made = first.plusDays(i % 1460);
				line.setLength(0);
				line.append(made.getYear() % 100)
					.append(String.format("%02d", made.getDayOfYear() / 7 + 1))
					.append("NF")
					.append(String.format("%07d", i))
					.append(',')
					.append(modelNumbers.get(i % modelNumbers.size()))
					.append(',')
					.append(made)
					.append(',')
					.append(made.plusDays(14))
					.append(',')
					.append(i % 3 == 0 ? "UK" : "EU")
					.append('\n');
				out.append(line);
			}
		}
	}

	private RegistryImport awaitEnd(long importId) throws InterruptedException {
		while (true) {
			RegistryImport registryImport = imports.findById(importId).orElseThrow();
			if (!registryImport.getStatus().isActive()) {
				return registryImport;
			}
			Thread.sleep(50);
		}
	}

	/**
	 * Waits (at most a minute) until InnoDB has written out its dirty pages, so neither load pays for the writes the
	 * one before it left behind.
	 */
	private static void settle() throws SQLException, InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			while (System.currentTimeMillis() < deadline) {
				long dirty = 0;
				long total = 1;
				try (var rs = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN "
						+ "('Innodb_buffer_pool_pages_dirty', 'Innodb_buffer_pool_pages_total')")) {
					while (rs.next()) {
						if (rs.getString(1).equalsIgnoreCase("Innodb_buffer_pool_pages_dirty")) {
							dirty = rs.getLong(2);
						}
						else {
							total = rs.getLong(2);
						}
					}
				}
				if (dirty * 20 < total) {
					return;
				}
				Thread.sleep(500);
			}
		}
	}

	/** Seconds MariaDB/MySQL's own loader takes for the same file into a table shaped like the registry. */
	private static double loadData(Path file) throws SQLException {
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS " + SCRATCH);
			statement.execute("CREATE TABLE " + SCRATCH + " (id BIGINT NOT NULL AUTO_INCREMENT, "
					+ "serial VARCHAR(64) NOT NULL, model_number VARCHAR(64) NOT NULL, manufacture_date DATE, "
					+ "ship_date DATE, region VARCHAR(64), PRIMARY KEY (id), UNIQUE KEY uk_bench_serial (serial), "
					+ "KEY ix_bench_model (model_number))");
			long start = System.nanoTime();
			statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
					+ "' INTO TABLE " + SCRATCH + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' "
					+ "OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' IGNORE 1 LINES "
					+ "(serial, model_number, @made, @shipped, region) "
					+ "SET manufacture_date = NULLIF(@made, ''), ship_date = NULLIF(@shipped, '')");
			double seconds = (System.nanoTime() - start) / 1e9;
			statement.execute("DROP TABLE " + SCRATCH);
			return seconds;
		}
	}

	private static String version() throws SQLException {
		try (Connection connection = connection(); Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT VERSION()")) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** A connection of its own to the test database, allowed to send a local file to LOAD DATA. */
	private static Connection connection() throws SQLException {
		String url = TestDatabase.properties().get("spring.datasource.url");
		return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true",
				TestDatabase.properties().get("spring.datasource.username"),
				TestDatabase.properties().get("spring.datasource.password"));
	}

	private static long heapPeakMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}
}
