package com.warrantyportal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables the generator fills and the columns it sets: the one place to adjust when a migration changes them.
 * Each table is written from exactly one {@code row()} call in {@link BenchDataGenerator}, with the values in the
 * order of the columns below; a column left out takes its default (so a new column with a default needs nothing).
 * Rows go to tab-separated files that {@link #load} hands to {@code LOAD DATA LOCAL INFILE}.
 */
final class BenchTables implements AutoCloseable {

	/** In load order. Declared before the tables, which add themselves. */
	private final List<Table> tables = new ArrayList<>();

	private final Path directory;

	final Table manufacturer = table("manufacturer", "id", "name", "keeps_registry", "website", "support_email",
			"support_phone");

	/** A manufacturer's serial format, for all its models (V17 keeps them in a table of their own). */
	final Table serialFormat = table("serial_format", "id", "manufacturer_id", "model_id", "pattern", "example",
			"description", "position", "version");

	final Table productModel = table("product_model", "id", "manufacturer_id", "model_number", "model_number_key",
			"name", "category", "release_date", "serial_label_hint", "components", "retired_at");

	final Table warrantyTerms = table("warranty_terms", "id", "model_id", "effective_from", "transferable",
			"filing_window_days", "no_proof_grace_days", "registration_bonus_months", "registration_window_days",
			"created_at", "created_by");

	final Table coverageLine = table("coverage_line", "id", "terms_id", "component", "parts_months", "labour_months");

	final Table recallCampaign = table("recall_campaign", "id", "manufacturer_id", "title", "component", "remedy",
			"opened_on", "closed_on", "created_by");

	final Table recallCampaignModel = table("recall_campaign_model", "campaign_id", "model_id");

	final Table account = table("account", "id", "email", "password_hash", "display_name", "role", "enabled",
			"created_at");

	final Table unit = table("unit", "id", "manufacturer_id", "model_id", "serial_key", "serial_display",
			"serial_status", "manufacture_date", "created_at");

	final Table serialRegistryEntry = table("serial_registry_entry", "id", "manufacturer_id", "serial_key",
			"serial_display", "model_id", "manufacture_date");

	final Table extendedPlan = table("extended_plan", "id", "unit_id", "name", "months", "purchase_date", "created_by",
			"created_at");

	final Table staffAlert = table("staff_alert", "id", "occurred_at", "alert_type", "unit_id", "account_id", "message",
			"resolved_at");

	final Table storedFile = table("stored_file", "id", "owner_id", "storage_name", "original_name", "content_type",
			"size_bytes", "sha256", "created_at");

	final Table registration = table("registration", "id", "unit_id", "active_unit_id", "owner_id", "purchase_date",
			"retailer", "price", "original_purchaser", "proof_verified", "registered_on", "created_at", "ended_at",
			"proof_file_id", "version");

	final Table claim = table("claim", "id", "claim_number", "registration_id", "unit_id", "owner_id", "status",
			"failure_date", "filed_on", "component", "cause", "description", "assignee_id", "created_at", "updated_at",
			"version", "submission_token", "verdict_status", "verdict_coverage", "override_status", "override_reason",
			"resolution", "remedy_amount", "rejection_reason", "decided_at");

	final Table claimEvent = table("claim_event", "id", "claim_id", "occurred_at", "actor_id", "actor_label",
			"event_type", "from_status", "to_status", "note");

	final Table claimAttachment = table("claim_attachment", "id", "claim_id", "file_id", "event_id");

	final Table verdictSnapshot = table("verdict_snapshot", "id", "claim_id", "taken_at", "taken_for", "status",
			"coverage", "reason_codes", "explanations", "summary", "parts_end", "labour_end", "terms_version_id");

	final Table auditEntry = table("audit_entry", "id", "occurred_at", "actor", "action", "target_type", "target_id",
			"detail");

	final Table claimNumberCounter = table("claim_number_counter", "claim_year", "last_value");

	BenchTables(Path directory) {
		this.directory = directory;
	}

	private Table table(String name, String... columns) {
		Table table = new Table(name, columns);
		tables.add(table);
		return table;
	}

	/**
	 * Loads a finished table's file into the database on this connection (whose session has unique and foreign key
	 * checks off) and deletes the file. Fails on any warning: a value the column refused is a bug in the generator.
	 */
	static long load(Connection connection, Table table) throws SQLException {
		table.close();
		String sql = "LOAD DATA LOCAL INFILE '" + table.file.toAbsolutePath().toString().replace("\\", "/")
				+ "' INTO TABLE " + table.name + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
				+ " LINES TERMINATED BY '\\n' (" + String.join(", ", table.columns) + ")";
		long loaded;
		try (Statement statement = connection.createStatement()) {
			loaded = statement.executeLargeUpdate(sql);
			try (ResultSet warnings = statement.executeQuery("SHOW WARNINGS LIMIT 5")) {
				StringBuilder text = new StringBuilder();
				while (warnings.next()) {
					text.append("\n  ").append(warnings.getString(1)).append(' ').append(warnings.getInt(2)).append(' ')
						.append(warnings.getString(3));
				}
				if (!text.isEmpty()) {
					throw new IllegalStateException("Loading " + table.name + " gave warnings:" + text);
				}
			}
		}
		if (loaded != table.rows) {
			throw new IllegalStateException(
					"Loaded " + loaded + " rows into " + table.name + ", wrote " + table.rows);
		}
		try {
			Files.deleteIfExists(table.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return loaded;
	}

	List<Table> all() {
		return List.copyOf(tables);
	}

	@Override
	public void close() {
		tables.forEach(Table::close);
	}

	/**
	 * One table's rows, written as {@code LOAD DATA}'s default text format: tab between fields, newline after each
	 * row, {@code \N} for NULL, backslash escapes. Times are UTC wall-clock times, as the portal stores them
	 * ({@code hibernate.jdbc.time_zone=UTC}).
	 */
	final class Table {

		final String name;

		final String[] columns;

		private Path file;

		private BufferedWriter out;

		private final StringBuilder line = new StringBuilder(256);

		private int fields;

		private long rows;

		Table(String name, String[] columns) {
			this.name = name;
			this.columns = columns;
		}

		long rows() {
			return rows;
		}

		/** Starts a row; give every column's value in order, then {@link #end()}. */
		Table row() {
			if (fields != 0) {
				throw new IllegalStateException(name + ": previous row not ended");
			}
			line.setLength(0);
			return this;
		}

		Table num(long value) {
			field();
			line.append(value);
			return this;
		}

		Table num(Long value) {
			return value == null ? nil() : num(value.longValue());
		}

		Table bool(boolean value) {
			field();
			line.append(value ? '1' : '0');
			return this;
		}

		Table dec(BigDecimal value) {
			if (value == null) {
				return nil();
			}
			field();
			line.append(value.toPlainString());
			return this;
		}

		Table date(LocalDate value) {
			if (value == null) {
				return nil();
			}
			field();
			line.append(value);
			return this;
		}

		/** A DATETIME(6) column from microseconds since the epoch (UTC); {@link BenchDataGenerator#NO_TIME} is NULL. */
		Table time(long epochMicros) {
			if (epochMicros == BenchDataGenerator.NO_TIME) {
				return nil();
			}
			field();
			long seconds = Math.floorDiv(epochMicros, 1_000_000L);
			long micros = Math.floorMod(epochMicros, 1_000_000L);
			int second = (int) Math.floorMod(seconds, 86_400L);
			line.append(LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L))).append(' ');
			two(second / 3600).append(':');
			two(second / 60 % 60).append(':');
			two(second % 60).append('.');
			String digits = Long.toString(micros);
			for (int i = digits.length(); i < 6; i++) {
				line.append('0');
			}
			line.append(digits);
			return this;
		}

		Table str(String value) {
			if (value == null) {
				return nil();
			}
			field();
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> line.append("\\\\");
					case '\t' -> line.append("\\t");
					case '\n' -> line.append("\\n");
					case '\r' -> line.append("\\r");
					default -> line.append(c);
				}
			}
			return this;
		}

		Table nil() {
			field();
			line.append("\\N");
			return this;
		}

		void end() {
			if (fields != columns.length) {
				throw new IllegalStateException(
						name + ": a row has " + fields + " values for " + columns.length + " columns");
			}
			fields = 0;
			line.append('\n');
			try {
				writer().append(line);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			rows++;
		}

		private void field() {
			if (fields > 0) {
				line.append('\t');
			}
			fields++;
		}

		private BufferedWriter writer() throws IOException {
			if (out == null) {
				file = Files.createTempFile(directory, name + "-", ".tsv");
				out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			}
			return out;
		}

		void close() {
			try {
				if (out == null) {
					writer();
				}
				out.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private StringBuilder two(int value) {
			return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
		}
	}
}
