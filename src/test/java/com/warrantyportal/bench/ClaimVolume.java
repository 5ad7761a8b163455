package com.warrantyportal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads a large, realistic claim table straight into the database (batched, multi-row inserts), for benchmarks and
 * query-plan tests: manufacturers, models, owners, agents, one unit and registration per claim, and claims spread
 * over two years with the status mix of a working portal: most are closed, the newest few percent are open
 * (submitted, in review, waiting for the owner), verdicts mixed, one model far more popular than the others.
 */
public final class ClaimVolume {

	/** What to load. {@code openShare}: the newest fraction of claims that is still open. */
	public record Spec(int manufacturers, int models, int owners, int agents, int claims, double openShare,
			long seed) {

		public static Spec of(int claims, int models) {
			return new Spec(10, models, Math.max(100, claims / 100), 20, claims, 0.06, 42);
		}
	}

	/**
	 * What was loaded: ids to filter by. Claims are numbered {@code claimPrefix + index}, oldest first; models
	 * {@code modelPrefix + index}.
	 */
	public record Loaded(List<Long> manufacturerIds, List<Long> modelIds, long popularModelId, List<Long> agentIds,
			String claimPrefix, String modelPrefix, int claims, String ownerSerial) {

		public long typicalModelId() {
			return modelIds.get(modelIds.size() / 2);
		}
	}

	private static final String[] CLOSED = { "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
			"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "APPROVED", "APPROVED", "REJECTED", "WITHDRAWN" };

	private ClaimVolume() {
	}

	/**
	 * Loads the claims with agents already created by the caller (so they can sign in) and returns what it made.
	 * {@code run} keeps names unique when several loads share a database.
	 */
	public static Loaded load(Map<String, String> database, Spec spec, List<Long> agentIds, String run,
			LocalDateTime now) {
		String url = database.get("spring.datasource.url");
		String batched = url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
		try (Connection connection = DriverManager.getConnection(batched, database.get("spring.datasource.username"),
				database.get("spring.datasource.password"))) {
			connection.setAutoCommit(false);
			return new Loader(connection, spec, agentIds, run, now).load();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot load the claim volume", ex);
		}
	}

	private static final class Loader {

		private static final int BATCH = 2_000;

		private final Connection connection;

		private final Spec spec;

		private final List<Long> agentIds;

		private final String run;

		private final LocalDateTime now;

		private final Random random;

		Loader(Connection connection, Spec spec, List<Long> agentIds, String run, LocalDateTime now) {
			this.connection = connection;
			this.spec = spec;
			this.agentIds = agentIds;
			this.run = run;
			this.now = now;
			this.random = new Random(spec.seed());
		}

		Loaded load() throws SQLException {
			List<Long> makers = new ArrayList<>();
			long makerBase = next("manufacturer");
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO manufacturer (id, name, keeps_registry, version) VALUES (?, ?, FALSE, 0)")) {
				for (int i = 0; i < spec.manufacturers(); i++) {
					insert.setLong(1, makerBase + i);
					insert.setString(2, "Volume maker " + run + " " + i);
					insert.addBatch();
					makers.add(makerBase + i);
				}
				insert.executeBatch();
			}
			String modelPrefix = "VM" + run + "-";
			List<Long> models = new ArrayList<>();
			long modelBase = next("product_model");
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product_model (id, "
					+ "manufacturer_id, model_number, model_number_key, name, category, components, version) "
					+ "VALUES (?, ?, ?, ?, ?, 'Volume', 'panel,door', 0)")) {
				for (int i = 0; i < spec.models(); i++) {
					insert.setLong(1, modelBase + i);
					insert.setLong(2, makers.get(i % makers.size()));
					insert.setString(3, modelPrefix + i);
					insert.setString(4, (modelPrefix + i).replace("-", "").toUpperCase());
					insert.setString(5, "Volume model " + i);
					insert.addBatch();
					models.add(modelBase + i);
					flushEvery(insert, i);
				}
				insert.executeBatch();
			}
			long ownerBase = next("account");
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, email, "
					+ "password_hash, display_name, role, enabled, created_at, version) "
					+ "VALUES (?, ?, '{noop}not-a-password', ?, 'OWNER', TRUE, ?, 0)")) {
				for (int i = 0; i < spec.owners(); i++) {
					insert.setLong(1, ownerBase + i);
					insert.setString(2, "volume-" + run + "-" + i + "@example.com");
					insert.setString(3, "Volume Owner " + i);
					insert.setTimestamp(4, Timestamp.valueOf(now.minusYears(3)));
					insert.addBatch();
					flushEvery(insert, i);
				}
				insert.executeBatch();
			}
			boolean denormalised = hasColumn("claim", "model_id");
			boolean sortable = hasColumn("claim", "model_number_key");
			boolean timed = hasColumn("claim", "due_at");
			long unitBase = next("unit");
			long registrationBase = next("registration");
			long claimBase = next("claim");
			String claimPrefix = "V" + run + "-";
			long popular = models.get(1);
			long spanSeconds = 730L * 24 * 3600;
			int openFrom = (int) (spec.claims() * (1 - spec.openShare()));
			try (PreparedStatement units = connection.prepareStatement("INSERT INTO unit (id, manufacturer_id, "
					+ "model_id, serial_key, serial_display, serial_status, created_at, version) "
					+ "VALUES (?, ?, ?, ?, ?, 'OK', ?, 0)");
					PreparedStatement registrations = connection.prepareStatement("INSERT INTO registration (id, "
							+ "unit_id, active_unit_id, owner_id, purchase_date, retailer, original_purchaser, "
							+ "proof_verified, registered_on, created_at, version) "
							+ "VALUES (?, ?, ?, ?, ?, 'Volume shop', TRUE, TRUE, ?, ?, 0)");
					PreparedStatement claims = connection.prepareStatement("INSERT INTO claim (id, claim_number, "
							+ "registration_id, unit_id, owner_id, status, failure_date, filed_on, component, cause, "
							+ "description, assignee_id, created_at, updated_at, version, verdict_status, "
							+ "verdict_coverage, override_status" + (denormalised ? ", model_id, manufacturer_id" : "")
							+ (sortable ? ", model_number_key" : "") + (timed ? ", due_at" : "")
							+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'panel', 'DEFECT', 'A volume claim.', ?, ?, ?, 0, ?, "
							+ "'FULL', ?" + (denormalised ? ", ?, ?" : "") + (sortable ? ", ?" : "") + (timed ? ", ?" : "")
							+ ")")) {
				for (int i = 0; i < spec.claims(); i++) {
					int modelIndex = random.nextInt(100) == 0 ? 1 : random.nextInt(models.size());
					long model = models.get(modelIndex);
					long maker = makers.get(modelIndex % makers.size());
					long owner = ownerBase + random.nextInt(spec.owners());
					LocalDateTime created = now.minusSeconds(spanSeconds - spanSeconds * i / spec.claims() + 60);
					LocalDate filed = created.toLocalDate();
					String serial = "VS" + run + i;
					units.setLong(1, unitBase + i);
					units.setLong(2, maker);
					units.setLong(3, model);
					units.setString(4, serial.toUpperCase());
					units.setString(5, serial);
					units.setTimestamp(6, Timestamp.valueOf(created.minusMonths(8)));
					units.addBatch();
					registrations.setLong(1, registrationBase + i);
					registrations.setLong(2, unitBase + i);
					registrations.setLong(3, unitBase + i);
					registrations.setLong(4, owner);
					registrations.setObject(5, filed.minusMonths(6));
					registrations.setObject(6, filed.minusMonths(6));
					registrations.setTimestamp(7, Timestamp.valueOf(created.minusMonths(6)));
					registrations.addBatch();
					String status = i >= openFrom ? open() : CLOSED[random.nextInt(CLOSED.length)];
					claims.setLong(1, claimBase + i);
					claims.setString(2, claimPrefix + i);
					claims.setLong(3, registrationBase + i);
					claims.setLong(4, unitBase + i);
					claims.setLong(5, owner);
					claims.setString(6, status);
					claims.setObject(7, filed.minusDays(2));
					claims.setObject(8, filed);
					if (status.equals("SUBMITTED") || agentIds.isEmpty()) {
						claims.setObject(9, null);
					}
					else {
						claims.setLong(9, agentIds.get(random.nextInt(agentIds.size())));
					}
					claims.setTimestamp(10, Timestamp.valueOf(created));
					claims.setTimestamp(11, Timestamp.valueOf(created));
					claims.setString(12, verdict());
					claims.setString(13, random.nextInt(50) == 0 ? verdict() : null);
					int column = 14;
					if (denormalised) {
						claims.setLong(column++, model);
						claims.setLong(column++, maker);
					}
					if (sortable) {
						claims.setString(column++, (modelPrefix + modelIndex).replace("-", "").toUpperCase());
					}
					if (timed) {
						// As V37 times claims: the first response 2 days after filing, the decision 14; paused or
						// decided ones are due no more.
						LocalDateTime due = switch (status) {
							case "SUBMITTED" -> created.plusDays(2);
							case "IN_REVIEW" -> created.plusDays(14);
							default -> null;
						};
						claims.setTimestamp(column, due == null ? null : Timestamp.valueOf(due));
					}
					claims.addBatch();
					if (i % BATCH == BATCH - 1) {
						units.executeBatch();
						registrations.executeBatch();
						claims.executeBatch();
						connection.commit();
					}
				}
				units.executeBatch();
				registrations.executeBatch();
				claims.executeBatch();
			}
			connection.commit();
			return new Loaded(makers, models, popular, agentIds, claimPrefix, modelPrefix, spec.claims(),
					"VS" + run + (spec.claims() / 2));
		}

		private String open() {
			int n = random.nextInt(20);
			return n < 10 ? "SUBMITTED" : n < 17 ? "IN_REVIEW" : "INFO_REQUESTED";
		}

		private String verdict() {
			int n = random.nextInt(20);
			return n < 12 ? "ELIGIBLE" : n < 17 ? "NOT_ELIGIBLE" : "NEEDS_REVIEW";
		}

		private void flushEvery(PreparedStatement insert, int i) throws SQLException {
			if (i % BATCH == BATCH - 1) {
				insert.executeBatch();
			}
		}

		private long next(String table) throws SQLException {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
				rs.next();
				return rs.getLong(1);
			}
		}

		private boolean hasColumn(String table, String column) throws SQLException {
			try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null, table, column)) {
				return rs.next();
			}
		}
	}
}
