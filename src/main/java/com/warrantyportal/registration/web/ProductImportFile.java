package com.warrantyportal.registration.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.warrantyportal.infrastructure.web.SpreadsheetCsv;
import com.warrantyportal.registration.RegistrationProblem;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An owner's spreadsheet of products as read from its bytes (docs/device-import.md): the cells of every row under the
 * columns of the product export, or why the file as a whole cannot be read. Columns are found by their names in the
 * first row, in any order and case; other columns (the export's computed ones, anything else) are ignored.
 */
record ProductImportFile(List<Row> rows, List<RegistrationProblem> problems) {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_ROWS = 500;

	/** Columns a file must have: without them no row could be registered. */
	static final List<String> REQUIRED = List.of(ProductCsv.MODEL_NUMBER, ProductCsv.SERIAL, ProductCsv.PURCHASE_DATE,
			ProductCsv.RETAILER);

	/** Columns read when present. */
	static final List<String> OPTIONAL = List.of(ProductCsv.MANUFACTURER, ProductCsv.PRICE);

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** 1,299.50 as spreadsheets write thousands; never a decimal comma. */
	private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	ProductImportFile {
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	/**
	 * One row's cells, stripped and without the export's formula guard. {@code number} is the row's number as a
	 * spreadsheet shows it (the header is row 1).
	 */
	record Row(long number, String manufacturer, String modelNumber, String serial, String purchaseDate,
			String retailer, String price) {
	}

	/** The form field the file's problems are shown beside. */
	static final String FIELD = "file";

	static ProductImportFile problem(String code, Object... args) {
		return new ProductImportFile(List.of(), List.of(new RegistrationProblem(FIELD, code, args)));
	}

	static ProductImportFile read(byte[] content) {
		if (content.length > MAX_BYTES) {
			return problem("deviceImport.file.tooLarge");
		}
		Optional<String> text = text(content);
		if (text.isEmpty()) {
			return problem("deviceImport.file.notCsv");
		}
		if (text.get().isBlank()) {
			return problem("deviceImport.file.empty");
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(text.get()), FORMAT)) {
			List<CSVRecord> records = parser.getRecords();
			Map<String, Integer> columns = columns(records.get(0));
			List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(key(name))).toList();
			if (!missing.isEmpty()) {
				return columns.size() == 1 && text.get().contains(";") ? problem("deviceImport.file.semicolons")
						: problem("deviceImport.file.columnsMissing", String.join(", ", missing));
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : records.subList(1, records.size())) {
				Row row = new Row(record.getRecordNumber(), cell(record, columns, ProductCsv.MANUFACTURER),
						cell(record, columns, ProductCsv.MODEL_NUMBER), cell(record, columns, ProductCsv.SERIAL),
						cell(record, columns, ProductCsv.PURCHASE_DATE), cell(record, columns, ProductCsv.RETAILER),
						cell(record, columns, ProductCsv.PRICE));
				if (!blank(row)) {
					rows.add(row);
				}
			}
			if (rows.isEmpty()) {
				return problem("deviceImport.file.noRows");
			}
			if (rows.size() > MAX_ROWS) {
				return problem("deviceImport.file.tooManyRows", rows.size(), MAX_ROWS);
			}
			return new ProductImportFile(rows, List.of());
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// Commons CSV reports an unclosed quote or text after a closing quote this way.
			return problem("deviceImport.file.unreadable");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of a UTF-8 file without its byte order mark, or empty when these bytes are no text at all. */
	private static Optional<String> text(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return Optional.empty();
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static Map<String, Integer> columns(CSVRecord header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(key(header.get(i)), i);
		}
		return columns;
	}

	private static String key(String columnName) {
		return columnName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
		Integer index = columns.get(key(name));
		if (index == null || index >= record.size()) {
			return "";
		}
		return SpreadsheetCsv.plain(record.get(index).strip()).strip();
	}

	private static boolean blank(Row row) {
		return (row.manufacturer() + row.modelNumber() + row.serial() + row.purchaseDate() + row.retailer()
				+ row.price()).isBlank();
	}

	/** An ISO date (2025-03-10, as the export writes) or day/month/year (10/03/2025), or empty. */
	static Optional<LocalDate> date(String cell) {
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_MONTH_YEAR)) {
			try {
				return Optional.of(LocalDate.parse(cell, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	/** A price like 499.99 or 1,299.00, with or without a £, € or $ before it, or empty. */
	static Optional<BigDecimal> price(String cell) {
		String number = cell.replaceFirst("^[£€$]\\s*", "");
		if (THOUSANDS.matcher(number).matches()) {
			number = number.replace(",", "");
		}
		if (!number.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(number));
	}
}
