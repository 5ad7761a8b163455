package com.warrantyportal.unit.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.warrantyportal.unit.RegistryFileRejectedException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The serial registry file format (docs/registry-import.md): UTF-8 CSV with commas, a first line naming the columns
 * {@code serial,model_number,manufacture_date} and optionally {@code ship_date,region}, in any order.
 */
final class RegistryCsv {

	static final String SERIAL = "serial";

	static final String MODEL_NUMBER = "model_number";

	static final String MANUFACTURE_DATE = "manufacture_date";

	static final String SHIP_DATE = "ship_date";

	static final String REGION = "region";

	static final List<String> REQUIRED = List.of(SERIAL, MODEL_NUMBER, MANUFACTURE_DATE);

	static final List<String> OPTIONAL = List.of(SHIP_DATE, REGION);

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private RegistryCsv() {
	}

	/** Where each column is in a line; -1 for an optional column the file does not have. */
	record Columns(int serial, int modelNumber, int manufactureDate, int shipDate, int region, int count) {
	}

	/** A parser over the whole file; a spreadsheet's byte order mark is skipped. */
	static CSVParser parse(Reader reader) throws IOException {
		Reader text = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
		text.mark(1);
		if (text.read() != BYTE_ORDER_MARK) {
			text.reset();
		}
		return CSVParser.builder().setReader(text).setFormat(FORMAT).get();
	}

	/**
	 * Reads the first line of the file and where the columns are.
	 * @throws RegistryFileRejectedException when it does not name the columns of a registry file
	 */
	static Columns header(Iterator<CSVRecord> records, String fileName) {
		CSVRecord first;
		try {
			if (!records.hasNext()) {
				throw new RegistryFileRejectedException("registry.file.empty", fileName);
			}
			first = records.next();
		}
		catch (UncheckedIOException ex) {
			throw new RegistryFileRejectedException("registry.file.unreadable", fileName);
		}
		List<String> names = new ArrayList<>();
		first.forEach(name -> names.add(name.strip().toLowerCase(Locale.ROOT)));
		if (names.size() == 1 && names.get(0).contains(";")) {
			throw new RegistryFileRejectedException("registry.file.semicolons", fileName);
		}
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
				throw new RegistryFileRejectedException("registry.file.unknownColumn", fileName, name);
			}
			if (!seen.add(name)) {
				throw new RegistryFileRejectedException("registry.file.duplicateColumn", fileName, name);
			}
		}
		for (String name : REQUIRED) {
			if (!seen.contains(name)) {
				throw new RegistryFileRejectedException("registry.file.missingColumn", fileName, name);
			}
		}
		return new Columns(names.indexOf(SERIAL), names.indexOf(MODEL_NUMBER), names.indexOf(MANUFACTURE_DATE),
				names.indexOf(SHIP_DATE), names.indexOf(REGION), names.size());
	}

	/**
	 * The line as read, for the report: its fields joined by commas again, quoted only where CSV needs it, so a
	 * line reads as it was written (Commons CSV would quote an empty first field).
	 */
	static String raw(CSVRecord record) {
		StringBuilder raw = new StringBuilder();
		for (int i = 0; i < record.size() && raw.length() <= RejectedLine.RAW_LENGTH; i++) {
			String value = record.get(i);
			boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0;
			raw.append(i == 0 ? "" : ",").append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
		}
		return raw.length() > RejectedLine.RAW_LENGTH ? raw.substring(0, RejectedLine.RAW_LENGTH) : raw.toString();
	}

	/**
	 * The number of the line the record starts on. The parser counts the line a record ends on; a quoted field
	 * may run over several lines.
	 */
	static long startLine(CSVParser parser, CSVRecord record) {
		long line = parser.getCurrentLineNumber();
		for (String value : record.values()) {
			for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
				line--;
			}
		}
		return line;
	}
}
