package com.warrantyportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills a MySQL or MariaDB database with the bench data set: migrates it with the portal's own Flyway migrations (so
 * the schema is exactly the portal's, whatever version is current), generates the rows with
 * {@link BenchDataGenerator} into tab-separated files and bulk-loads them with {@code LOAD DATA LOCAL INFILE}, each
 * table while the next is being generated. Run by {@code docs/bench/generate.sh}:
 *
 * <pre>
 * BenchData SCALE [--db-url=jdbc:mysql://127.0.0.1:3306/warranty_bench] [--db-user=root] [--db-password=]
 *           [--seed=1] [--now=2026-11-26T00:00:00Z] [--recreate]
 * </pre>
 *
 * {@code --recreate} drops and creates the database first, and is refused unless its name contains {@code bench} or
 * ends in {@code _test}; without it the database must hold no tables yet. {@code --now} (default: today's midnight,
 * UTC) is the moment the data set ends; the same seed and "now" give the same rows.
 */
public final class BenchData {

	static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/warranty_bench";

	private BenchData() {
	}

	/** Where and what to generate. */
	record Settings(String url, String user, String password, double scale, long seed, Instant now,
			boolean recreate) {

		static Settings parse(String... args) {
			if (args.length == 0 || args[0].startsWith("--")) {
				throw new IllegalArgumentException("usage: BenchData SCALE [--db-url=...] [--db-user=...] "
						+ "[--db-password=...] [--seed=N] [--now=ISO-INSTANT] [--recreate]");
			}
			double scale = Double.parseDouble(args[0]);
			Map<String, String> options = new LinkedHashMap<>();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				int equals = arg.indexOf('=');
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("Unexpected argument " + arg);
				}
				options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
						equals < 0 ? "true" : arg.substring(equals + 1));
			}
			Instant now = options.containsKey("now") ? Instant.parse(options.remove("now"))
					: LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
			Settings settings = new Settings(options.getOrDefault("db-url", DEFAULT_URL),
					options.getOrDefault("db-user", "root"), options.getOrDefault("db-password", ""), scale,
					Long.parseLong(options.getOrDefault("seed", "1")), now,
					Boolean.parseBoolean(options.getOrDefault("recreate", "false")));
			options.keySet().removeAll(List.of("db-url", "db-user", "db-password", "seed", "recreate"));
			if (!options.isEmpty()) {
				throw new IllegalArgumentException("Unknown options " + options.keySet());
			}
			return settings;
		}

		/** The URL with the options every connection of the generator uses. */
		String connectionUrl() {
			return url + (url.contains("?") ? "&" : "?") + "openTelemetry=DISABLED";
		}

		String database() {
			int slash = url.indexOf('/', "jdbc:mysql://".length());
			int query = url.indexOf('?', slash);
			return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
		}

		String serverUrl() {
			int slash = url.indexOf('/', "jdbc:mysql://".length());
			return url.substring(0, slash + 1) + "?openTelemetry=DISABLED";
		}

		/** The URL with the options bulk loading needs. */
		String loadUrl() {
			return connectionUrl() + "&allowLoadLocalInfile=true&useUnicode=true&characterEncoding=UTF-8";
		}
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.parse(args);
		// Flyway's progress (and its notes on MariaDB's nameless primary keys) would bury the generator's own.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.ERROR);
		generate(settings, System.out::println);
	}

	/** Generates the data set as the settings say; returns what it made. */
	static BenchDataGenerator.Result generate(Settings settings, java.util.function.Consumer<String> out)
			throws SQLException, InterruptedException, ExecutionException {
		long started = System.nanoTime();
		if (!PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(BenchLogins.PASSWORD,
				BenchLogins.PASSWORD_HASH)) {
			throw new IllegalStateException("BenchLogins.PASSWORD_HASH is not a hash of the bench password");
		}
		BenchDataGenerator.Shape shape = BenchDataGenerator.Shape.at(settings.scale());
		out.accept("bench data: scale %s into %s (seed %d, now %s): %,d units, %,d registrations, %,d claims"
			.formatted(settings.scale(), settings.database(), settings.seed(), settings.now(), shape.units(),
					shape.registrations(), shape.claims()));
		prepare(settings, out);
		int version = migrate(settings);
		out.accept("bench data: schema migrated to version " + version + " in " + seconds(started));

		Path directory = tempDirectory();
		BenchDataGenerator.Result result;
		ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "bench-data-loader");
			thread.setDaemon(true);
			return thread;
		});
		try (Connection connection = DriverManager.getConnection(settings.loadUrl(), settings.user(),
				settings.password());
				BenchTables tables = new BenchTables(directory)) {
			try (Statement statement = connection.createStatement()) {
				// Checked by the generator's own construction; off, InnoDB bulk-loads an empty table much faster.
				statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
			}
			List<Future<?>> loads = new ArrayList<>();
			BenchDataGenerator generator = new BenchDataGenerator(shape, settings.seed(), settings.now(), tables,
					group -> loads.add(loader.submit(() -> {
						for (BenchTables.Table table : group) {
							long start = System.nanoTime();
							long rows = BenchTables.load(connection, table);
							out.accept("bench data: loaded %,11d rows into %-22s in %s (total %s)".formatted(rows,
									table.name, seconds(start), seconds(started)));
						}
						return null;
					})));
			result = generator.generate(step -> out.accept("bench data: generated " + step + " (total "
					+ seconds(started) + ")"));
			for (Future<?> load : loads) {
				load.get();
			}
			try (Statement statement = connection.createStatement()) {
				long start = System.nanoTime();
				for (BenchTables.Table table : tables.all()) {
					statement.execute("ANALYZE TABLE " + table.name);
				}
				statement.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
				out.accept("bench data: analyzed every table in " + seconds(start));
			}
		}
		finally {
			loader.shutdownNow();
			deleteQuietly(directory);
		}
		summary(settings, result, out);
		out.accept("bench data: done in " + seconds(started));
		return result;
	}

	/** Drops and creates the database when asked and allowed; else insists that it is empty. */
	private static void prepare(Settings settings, java.util.function.Consumer<String> out) throws SQLException {
		String database = settings.database();
		if (!database.matches("[A-Za-z0-9_]+")) {
			throw new IllegalArgumentException("Unusual database name: " + database);
		}
		try (Connection server = DriverManager.getConnection(settings.serverUrl(), settings.user(),
				settings.password()); Statement statement = server.createStatement()) {
			if (settings.recreate()) {
				if (!database.contains("bench") && !database.endsWith("_test")) {
					throw new IllegalArgumentException("Refusing to drop '" + database
							+ "': --recreate only drops a database whose name contains 'bench' or ends in '_test'");
				}
				statement.execute("DROP DATABASE IF EXISTS " + database);
				out.accept("bench data: dropped and re-created " + database);
			}
			statement.execute("CREATE DATABASE IF NOT EXISTS " + database
					+ " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			try (ResultSet tables = statement.executeQuery(
					"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + database + "'")) {
				tables.next();
				if (tables.getInt(1) > 0) {
					throw new IllegalStateException("Database " + database
							+ " already has tables: give --recreate to start over, or another database");
				}
			}
		}
	}

	/** Migrates with the portal's migrations from the classpath, exactly as the portal does at start-up. */
	private static int migrate(Settings settings) {
		Flyway flyway = Flyway.configure()
			.dataSource(settings.connectionUrl(), settings.user(), settings.password())
			.locations("classpath:db/migration")
			.load();
		flyway.migrate();
		return Integer.parseInt(flyway.info().current().getVersion().getVersion());
	}

	/** Prints what the bench uses: logins, and the serial, claim and owners of the measured pages. */
	private static void summary(Settings settings, BenchDataGenerator.Result result,
			java.util.function.Consumer<String> out) throws SQLException {
		out.accept("bench data: rows per table:");
		result.rows().forEach((table, rows) -> out.accept("bench data:   %-22s %,11d".formatted(table, rows)));
		out.accept("bench data: claims by status: " + result.claimsByStatus());
		try (Connection connection = DriverManager.getConnection(settings.connectionUrl(), settings.user(),
				settings.password()); Statement statement = connection.createStatement()) {
			out.accept("bench data: every account's password is " + BenchLogins.PASSWORD);
			out.accept("bench data:   admin " + BenchLogins.ADMIN + ", supervisor " + BenchLogins.SUPERVISOR
					+ ", agent " + BenchLogins.AGENT);
			out.accept("bench data:   owner with " + BenchLogins.PRODUCTS_OF_PRODUCTS_OWNER + " products "
					+ BenchLogins.PRODUCTS_OWNER + " (id " + single(statement, ownerId(BenchLogins.PRODUCTS_OWNER))
					+ ")");
			out.accept("bench data:   owner with " + BenchLogins.CLAIMS_OF_CLAIMS_OWNER + " claims "
					+ BenchLogins.CLAIMS_OWNER + " (id " + single(statement, ownerId(BenchLogins.CLAIMS_OWNER)) + ")");
			out.accept("bench data:   owners who file the bench's claims " + BenchLogins.filer(1) + " to "
					+ BenchLogins.filer(BenchLogins.FILERS));
			out.accept("bench data: serial checked at /check: " + single(statement, BenchPicks.SERIAL));
			out.accept("bench data: claim shown on the staff claim page: " + single(statement, BenchPicks.STAFF_CLAIM));
			out.accept("bench data: open claims in the staff queue: " + single(statement, BenchPicks.OPEN_CLAIMS));
		}
	}

	private static String ownerId(String email) {
		return "SELECT id FROM account WHERE email = '" + email + "'";
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : "(none)";
		}
	}

	private static Path tempDirectory() {
		try {
			return Files.createTempDirectory("bench-data-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (var files = Files.walk(directory)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temp folder left behind is harmless
		}
	}

	private static String seconds(long startNanos) {
		return "%.1f s".formatted((System.nanoTime() - startNanos) / 1e9);
	}
}
