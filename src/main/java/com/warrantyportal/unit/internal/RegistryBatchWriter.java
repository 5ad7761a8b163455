package com.warrantyportal.unit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImportStatus;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits one batch of an import: its good lines upserted into the registry, its bad lines into the report, and the
 * import's counts moved on, all in one transaction, so a resume carries on exactly after the last committed line.
 * Plain JDBC with one multi-row statement per batch: a row at a time through JPA would take minutes for a million
 * lines. On MySQL and MariaDB {@code INSERT ... ON DUPLICATE KEY UPDATE}, on the embedded H2 a standard
 * {@code MERGE}; both leave a line whose values are all the same untouched (its {@code updated_at} too).
 */
@Component
public class RegistryBatchWriter {

	private static final String COLUMNS = "manufacturer_id, serial_key, serial_display, model_id, manufacture_date, "
			+ "ship_date, region, updated_at, import_id";

	private static final int PARAMETERS_PER_ROW = 9;

	private static final String MYSQL_SAME = "serial_display = VALUES(serial_display) AND model_id = VALUES(model_id) "
			+ "AND manufacture_date <=> VALUES(manufacture_date) AND ship_date <=> VALUES(ship_date) "
			+ "AND region <=> VALUES(region)";

	// MySQL applies the assignments left to right: updated_at and import_id are decided before the values change.
	private static final String MYSQL_UPDATE = " ON DUPLICATE KEY UPDATE updated_at = CASE WHEN " + MYSQL_SAME
			+ " THEN updated_at ELSE VALUES(updated_at) END, import_id = CASE WHEN " + MYSQL_SAME
			+ " THEN import_id ELSE VALUES(import_id) END, serial_display = VALUES(serial_display), "
			+ "model_id = VALUES(model_id), manufacture_date = VALUES(manufacture_date), ship_date = VALUES(ship_date), "
			+ "region = VALUES(region)";

	private static final String H2_ROW = "(CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), "
			+ "CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS DATE), CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP(6)), "
			+ "CAST(? AS BIGINT))";

	private static final String H2_MERGE = " AS s (" + COLUMNS + ") ON t.manufacturer_id = s.manufacturer_id "
			+ "AND t.serial_key = s.serial_key WHEN MATCHED AND NOT (t.serial_display = s.serial_display "
			+ "AND t.model_id = s.model_id AND t.manufacture_date IS NOT DISTINCT FROM s.manufacture_date "
			+ "AND t.ship_date IS NOT DISTINCT FROM s.ship_date AND t.region IS NOT DISTINCT FROM s.region) "
			+ "THEN UPDATE SET serial_display = s.serial_display, model_id = s.model_id, "
			+ "manufacture_date = s.manufacture_date, ship_date = s.ship_date, region = s.region, "
			+ "updated_at = s.updated_at, import_id = s.import_id WHEN NOT MATCHED THEN INSERT (" + COLUMNS
			+ ") VALUES (s.manufacturer_id, s.serial_key, s.serial_display, s.model_id, s.manufacture_date, "
			+ "s.ship_date, s.region, s.updated_at, s.import_id)";

	private static final String REJECTION_INSERT = "INSERT INTO registry_import_rejection "
			+ "(import_id, line_number, reason, detail, other_line, raw) VALUES ";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final RegistryImportRepository imports;

	private volatile Boolean h2;

	RegistryBatchWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, RegistryImportRepository imports) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.imports = imports;
	}

	/** One batch of an import and the import's counts after it. */
	public record Batch(long importId, long manufacturerId, long expectedVersion, List<RegistryRow> rows,
			List<RejectedLine> rejections, long rowsRead, long rowsLoaded, long rowsRejected, Instant at) {
	}

	/**
	 * Commits the batch and the import's new counts.
	 * @return the import's version after the commit
	 * @throws ImportTakenOverException when the import changed meanwhile (marked interrupted, resumed elsewhere):
	 * nothing of the batch is kept
	 */
	public long write(Batch batch) {
		try {
			return transaction.execute(status -> {
				RegistryImport registryImport = running(batch.importId(), batch.expectedVersion());
				upsert(batch);
				reject(batch);
				registryImport.recordProgress(batch.rowsRead(), batch.rowsLoaded(), batch.rowsRejected(), batch.at());
				imports.flush();
				return registryImport.getVersion();
			});
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ImportTakenOverException(batch.importId());
		}
	}

	/** The import as this worker left it, or {@link ImportTakenOverException}. */
	RegistryImport running(long importId, long expectedVersion) {
		RegistryImport registryImport = imports.findById(importId).orElseThrow();
		if (registryImport.getVersion() != expectedVersion
				|| registryImport.getStatus() != RegistryImportStatus.RUNNING) {
			throw new ImportTakenOverException(importId);
		}
		return registryImport;
	}

	private void upsert(Batch batch) {
		List<RegistryRow> rows = batch.rows();
		if (rows.isEmpty()) {
			return;
		}
		LocalDateTime at = LocalDateTime.ofInstant(batch.at(), ZoneOffset.UTC);
		jdbc.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(upsertSql(connection, rows.size()))) {
				int p = 1;
				for (RegistryRow row : rows) {
					statement.setLong(p++, batch.manufacturerId());
					statement.setString(p++, row.serialKey());
					statement.setString(p++, row.serialDisplay());
					statement.setLong(p++, row.modelId());
					setDate(statement, p++, row.manufactureDate());
					setDate(statement, p++, row.shipDate());
					setString(statement, p++, row.region());
					statement.setObject(p++, at);
					statement.setLong(p++, batch.importId());
				}
				return statement.executeUpdate();
			}
		});
	}

	private void reject(Batch batch) {
		List<RejectedLine> rejections = batch.rejections();
		if (rejections.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder(REJECTION_INSERT);
		appendRows(sql, "(?, ?, ?, ?, ?, ?)", rejections.size());
		jdbc.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
				int p = 1;
				for (RejectedLine rejection : rejections) {
					statement.setLong(p++, batch.importId());
					statement.setLong(p++, rejection.line());
					statement.setString(p++, rejection.reason().name());
					setString(statement, p++, rejection.detail());
					if (rejection.otherLine() == null) {
						statement.setNull(p++, Types.BIGINT);
					}
					else {
						statement.setLong(p++, rejection.otherLine());
					}
					statement.setString(p++, rejection.raw());
				}
				return statement.executeUpdate();
			}
		});
	}

	private String upsertSql(Connection connection, int rows) throws SQLException {
		StringBuilder sql = new StringBuilder(rows * (isH2(connection) ? H2_ROW.length() : 30) + 1024);
		if (isH2(connection)) {
			sql.append("MERGE INTO serial_registry_entry t USING (VALUES ");
			appendRows(sql, H2_ROW, rows);
			sql.append(')').append(H2_MERGE);
		}
		else {
			sql.append("INSERT INTO serial_registry_entry (").append(COLUMNS).append(") VALUES ");
			appendRows(sql, "(?" + ", ?".repeat(PARAMETERS_PER_ROW - 1) + ")", rows);
			sql.append(MYSQL_UPDATE);
		}
		return sql.toString();
	}

	private boolean isH2(Connection connection) throws SQLException {
		if (h2 == null) {
			h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		}
		return h2;
	}

	private static void appendRows(StringBuilder sql, String row, int count) {
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				sql.append(", ");
			}
			sql.append(row);
		}
	}

	private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setObject(index, date);
		}
	}

	private static void setString(PreparedStatement statement, int index, String text) throws SQLException {
		if (text == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, text);
		}
	}
}
