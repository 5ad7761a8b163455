package com.warrantyportal.unit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImportStatus;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's batches: the good lines upserted into the registry and the bad ones into the report, one
 * transaction per batch, and, separately, the import's counts once every batch up to a line has committed. Writing
 * a batch twice changes nothing (equal registry lines are left untouched, a bad line is stored once), so a resume
 * may redo batches that committed after the last counted one.
 * <p>
 * Plain JDBC with one multi-row statement per batch: a row at a time through JPA would take minutes for a million
 * lines. On MySQL and MariaDB {@code INSERT ... ON DUPLICATE KEY UPDATE}; on the embedded H2 a standard {@code MERGE}.
 * For MySQL the values are written into the statement as literals wherever that is safe by construction (numbers and
 * dates made by Java, text of printable ASCII without quotes or backslashes) and only other text is bound: at a
 * million lines, binding nine parameters a line costs Connector/J as much time as the database needs for the rows.
 */
@Component
public class RegistryBatchWriter {

	private static final String COLUMNS = "manufacturer_id, serial_key, serial_display, model_id, manufacture_date, "
			+ "ship_date, region, updated_at, import_id";

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

	private static final String REJECTION_COLUMNS = "(import_id, line_number, reason, detail, other_line, raw)";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS",
			Locale.ROOT);

	/** A batch that lost a deadlock against the other writer is tried again this many times. */
	private static final int ATTEMPTS = 3;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final RegistryImportRepository imports;

	private volatile Boolean h2;

	RegistryBatchWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, RegistryImportRepository imports) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.imports = imports;
	}

	/** One batch of an import: its good lines and its bad ones, stamped with when it was read. */
	public record Batch(long importId, long manufacturerId, List<RegistryRow> rows, List<RejectedLine> rejections,
			Instant at) {
	}

	/** An import's counts after a line: rows read, loaded and rejected. */
	public record Counts(long rowsRead, long rowsLoaded, long rowsRejected) {
	}

	/** Commits the batch's lines; a batch that lost a deadlock is tried again. */
	public void write(Batch batch) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> {
					upsert(batch);
					reject(batch);
				});
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Records the import's counts and heartbeat, unless it changed since this worker's last write.
	 * @return the import's version after the change
	 * @throws ImportTakenOverException when the import changed meanwhile (marked interrupted, resumed elsewhere)
	 */
	public long progress(long importId, long expectedVersion, Counts counts, Instant at) {
		try {
			return transaction.execute(status -> {
				RegistryImport registryImport = running(importId, expectedVersion);
				registryImport.recordProgress(counts.rowsRead(), counts.rowsLoaded(), counts.rowsRejected(), at);
				imports.flush();
				return registryImport.getVersion();
			});
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ImportTakenOverException(importId);
		}
	}

	/** The import as this worker left it, or {@link ImportTakenOverException}. */
	RegistryImport running(long importId, long expectedVersion) {
		return running(imports.findById(importId).orElseThrow(), expectedVersion);
	}

	/**
	 * As {@link #running(long, long)}, with the import's row locked until the transaction ends, for a last step that
	 * may take longer than a heartbeat: no watcher on another instance shows it interrupted meanwhile.
	 */
	RegistryImport runningLocked(long importId, long expectedVersion) {
		return running(imports.findLocked(importId).orElseThrow(), expectedVersion);
	}

	private static RegistryImport running(RegistryImport registryImport, long expectedVersion) {
		long importId = registryImport.getId();
		if (registryImport.getVersion() != expectedVersion
				|| registryImport.getStatus() != RegistryImportStatus.RUNNING) {
			throw new ImportTakenOverException(importId);
		}
		return registryImport;
	}

	private void upsert(Batch batch) {
		if (batch.rows().isEmpty()) {
			return;
		}
		jdbc.execute((ConnectionCallback<Integer>) connection -> isH2(connection) ? mergeIntoH2(connection, batch)
				: upsertIntoMySql(connection, batch));
	}

	private int upsertIntoMySql(Connection connection, Batch batch) throws SQLException {
		List<String> bound = new ArrayList<>();
		// Written without spaces: at a million lines every byte of the statement is a megabyte to parse.
		String stamp = ",'" + TIMESTAMP.format(LocalDateTime.ofInstant(batch.at(), ZoneOffset.UTC)) + "',"
				+ batch.importId() + ")";
		StringBuilder sql = new StringBuilder(batch.rows().size() * 100 + MYSQL_UPDATE.length() + 200);
		sql.append("INSERT INTO serial_registry_entry (").append(COLUMNS).append(") VALUES ");
		boolean first = true;
		for (RegistryRow row : batch.rows()) {
			sql.append(first ? "(" : ",(").append(batch.manufacturerId()).append(',');
			text(sql, row.serialKey(), bound).append(',');
			text(sql, row.serialDisplay(), bound).append(',').append(row.modelId()).append(',');
			date(sql, row.manufactureDate()).append(',');
			date(sql, row.shipDate()).append(',');
			text(sql, row.region(), bound).append(stamp);
			first = false;
		}
		sql.append(MYSQL_UPDATE);
		if (bound.isEmpty()) {
			// Nothing to bind: a plain statement spares Connector/J parsing a statement of half a megabyte for
			// placeholders, which costs more than building it.
			try (Statement statement = connection.createStatement()) {
				statement.setEscapeProcessing(false);
				return statement.executeUpdate(sql.toString());
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			for (int i = 0; i < bound.size(); i++) {
				statement.setString(i + 1, bound.get(i));
			}
			return statement.executeUpdate();
		}
	}

	private int mergeIntoH2(Connection connection, Batch batch) throws SQLException {
		StringBuilder sql = new StringBuilder("MERGE INTO serial_registry_entry t USING (VALUES ");
		appendRows(sql, H2_ROW, batch.rows().size());
		sql.append(')').append(H2_MERGE);
		LocalDateTime at = LocalDateTime.ofInstant(batch.at(), ZoneOffset.UTC);
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			int p = 1;
			for (RegistryRow row : batch.rows()) {
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
	}

	private void reject(Batch batch) {
		List<RejectedLine> rejections = batch.rejections();
		if (rejections.isEmpty()) {
			return;
		}
		jdbc.execute((ConnectionCallback<Integer>) connection -> {
			StringBuilder sql = new StringBuilder();
			// Stored once: a batch written again (after a resume) leaves its bad lines as they are.
			if (isH2(connection)) {
				sql.append("MERGE INTO registry_import_rejection ").append(REJECTION_COLUMNS)
					.append(" KEY (import_id, line_number) VALUES ");
				appendRows(sql, "(?, ?, ?, ?, ?, ?)", rejections.size());
			}
			else {
				sql.append("INSERT INTO registry_import_rejection ").append(REJECTION_COLUMNS).append(" VALUES ");
				appendRows(sql, "(?, ?, ?, ?, ?, ?)", rejections.size());
				sql.append(" ON DUPLICATE KEY UPDATE line_number = line_number");
			}
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

	/**
	 * Text as a quoted literal when it holds only printable ASCII other than quotes and backslashes (which needs no
	 * escaping whatever the SQL mode), else as a bound parameter.
	 */
	private static StringBuilder text(StringBuilder sql, String value, List<String> bound) {
		if (value == null) {
			return sql.append("NULL");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7e || c == '\'' || c == '\\') {
				bound.add(value);
				return sql.append('?');
			}
		}
		return sql.append('\'').append(value).append('\'');
	}

	/** A date as a literal: LocalDate prints itself as yyyy-MM-dd, digits and dashes only. */
	private static StringBuilder date(StringBuilder sql, LocalDate date) {
		return date == null ? sql.append("NULL") : sql.append('\'').append(date).append('\'');
	}

	private boolean isH2(Connection connection) throws SQLException {
		if (h2 == null) {
			h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		}
		return h2;
	}

	private static void appendRows(StringBuilder sql, String row, int count) {
		for (int i = 0; i < count; i++) {
			sql.append(i == 0 ? "" : ", ").append(row);
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
