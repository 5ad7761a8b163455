package com.warrantyportal.catalog;

import java.io.BufferedReader;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The model catalogue as CSV, one model a line with its warranty terms (docs/model-csv.md). The same format is
 * written by the export and read by the import, so an exported file imports back unchanged. Reading streams the
 * file and checks every field, so each line comes back either as a {@link ModelCsvRow} or with all its problems.
 */
public final class ModelCatalogCsv {

	public static final List<String> COLUMNS = List.of("manufacturer", "model_number", "name", "category",
			"release_date", "components", "serial_label_hint", "terms_from", "coverage_lines", "transferable",
			"filing_window_days", "no_proof_grace_days", "registration_bonus_months", "registration_window_days");

	/** Either all of these are filled (a terms version) or none (the model's terms are left as they are). */
	public static final List<String> TERMS_COLUMNS = COLUMNS.subList(7, COLUMNS.size());

	public static final int MAX_ROWS = 20_000;

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Lengths of the columns in the schema (V2__catalog.sql). */
	static final int MANUFACTURER_LENGTH = 120;

	static final int NAME_LENGTH = 160;

	static final int CATEGORY_LENGTH = 80;

	static final int HINT_LENGTH = 1000;

	static final int COMPONENTS_LENGTH = 1000;

	static final int COMPONENT_LENGTH = 64;

	static final int MAX_MONTHS = 600;

	private static final Pattern COVERAGE_LINE = Pattern
		.compile("([*]|[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,62}?)\\s*:\\s*(\\d{1,4})\\s*:\\s*(\\d{1,4})");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

	/** A spreadsheet runs a cell starting with one of these as a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private ModelCatalogCsv() {
	}

	/** The lines read, or (with no lines) what makes the whole file unreadable. */
	public record Reading(List<ModelCsvLine> lines, List<CsvProblem> fileProblems) {

		public Reading {
			lines = List.copyOf(lines);
			fileProblems = List.copyOf(fileProblems);
		}

		static Reading refused(CsvProblem problem) {
			return new Reading(List.of(), List.of(problem));
		}
	}

	/**
	 * Reads a UTF-8 file (with or without a byte order mark) line by line. Stops with a problem for the whole file when
	 * its header is wrong, it is not UTF-8 or not CSV, or it has more than {@link #MAX_ROWS} models.
	 */
	public static Reading read(InputStream in) {
		Reader reader = new BufferedReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
		long lastLine = 1;
		try {
			skipByteOrderMark(reader);
			CSVParser parser = FORMAT.parse(reader);
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				return Reading.refused(CsvProblem.of("modelImport.file.empty"));
			}
			Map<String, Integer> header = new HashMap<>();
			List<CsvProblem> headerProblems = readHeader(records.next(), header);
			if (!headerProblems.isEmpty()) {
				return new Reading(List.of(), headerProblems);
			}
			List<ModelCsvLine> lines = new ArrayList<>();
			Map<String, Integer> firstLineOfModel = new HashMap<>();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				lastLine = record.getRecordNumber();
				if (isBlank(record)) {
					continue;
				}
				if (lines.size() == MAX_ROWS) {
					return Reading.refused(CsvProblem.of("modelImport.file.tooManyRows", MAX_ROWS));
				}
				lines.add(new LineReader(record, header).read(firstLineOfModel));
			}
			if (lines.isEmpty()) {
				return Reading.refused(CsvProblem.of("modelImport.file.noModels"));
			}
			return new Reading(lines, List.of());
		}
		catch (CharacterCodingException ex) {
			return Reading.refused(CsvProblem.of("modelImport.file.notUtf8"));
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				return Reading.refused(CsvProblem.of("modelImport.file.notUtf8"));
			}
			return Reading.refused(CsvProblem.of("modelImport.file.malformed", String.valueOf(lastLine + 1)));
		}
		catch (IOException ex) {
			return Reading.refused(CsvProblem.of("modelImport.file.malformed", String.valueOf(lastLine + 1)));
		}
	}

	private static void skipByteOrderMark(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != BYTE_ORDER_MARK) {
			reader.reset();
		}
	}

	private static List<CsvProblem> readHeader(CSVRecord record, Map<String, Integer> header) {
		List<CsvProblem> problems = new ArrayList<>();
		if (isBlank(record)) {
			problems.add(CsvProblem.of("modelImport.file.noHeader", String.join(",", COLUMNS)));
			return problems;
		}
		for (int i = 0; i < record.size(); i++) {
			String column = record.get(i).strip().toLowerCase(Locale.ROOT);
			if (column.isEmpty() && i == record.size() - 1) {
				continue; // a trailing comma after the last column
			}
			if (!COLUMNS.contains(column)) {
				problems.add(CsvProblem.of("modelImport.file.unknownColumn", record.get(i).strip()));
			}
			else if (header.putIfAbsent(column, i) != null) {
				problems.add(CsvProblem.of("modelImport.file.columnTwice", column));
			}
		}
		COLUMNS.stream()
			.filter(column -> !header.containsKey(column))
			.forEach(column -> problems.add(CsvProblem.of("modelImport.file.missingColumn", column)));
		return problems;
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	/** One line's fields, each checked, every problem kept. */
	private static final class LineReader {

		private final CSVRecord record;

		private final Map<String, Integer> header;

		private final List<CsvProblem> problems = new ArrayList<>();

		LineReader(CSVRecord record, Map<String, Integer> header) {
			this.record = record;
			this.header = header;
		}

		ModelCsvLine read(Map<String, Integer> firstLineOfModel) {
			int line = (int) record.getRecordNumber();
			String manufacturer = text("manufacturer");
			String typedNumber = text("model_number");
			if (!cellCountMatches()) {
				return new ModelCsvLine(line, manufacturer, typedNumber, null, problems);
			}
			required("manufacturer", manufacturer, MANUFACTURER_LENGTH);
			ModelNumber number = modelNumber(typedNumber);
			String name = text("name");
			required("name", name, NAME_LENGTH);
			String category = text("category");
			required("category", category, CATEGORY_LENGTH);
			LocalDate releaseDate = date("release_date");
			List<String> components = components();
			String hint = text("serial_label_hint");
			tooLong("serial_label_hint", hint, HINT_LENGTH);
			ModelCsvRow.Terms terms = terms();
			if (!manufacturer.isEmpty() && number != null) {
				String model = manufacturer.toLowerCase(Locale.ROOT) + "\n" + number.key();
				Integer first = firstLineOfModel.putIfAbsent(model, line);
				if (first != null) {
					problems.add(CsvProblem.of("modelImport.duplicate", number.display(), manufacturer,
							String.valueOf(first)));
				}
			}
			ModelCsvRow row = problems.isEmpty() ? new ModelCsvRow(manufacturer, number, name, category, releaseDate,
					components, hint.isEmpty() ? null : hint, terms) : null;
			return new ModelCsvLine(line, manufacturer, typedNumber, row, problems);
		}

		private boolean cellCountMatches() {
			int columns = header.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
			boolean extraCellsEmpty = true;
			for (int i = columns; i < record.size(); i++) {
				extraCellsEmpty &= record.get(i).isBlank();
			}
			if (record.size() < columns || !extraCellsEmpty) {
				problems.add(CsvProblem.of("modelImport.cellCount", record.size(), columns));
				return false;
			}
			return true;
		}

		/** The cell stripped of surrounding spaces and of the quote the export puts before a formula-like value. */
		private String text(String column) {
			int index = header.get(column);
			String value = index < record.size() ? record.get(index).strip() : "";
			if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
				value = value.substring(1);
			}
			return value;
		}

		private void required(String column, String value, int maxLength) {
			if (value.isEmpty()) {
				problems.add(CsvProblem.of("modelImport.required", column));
			}
			tooLong(column, value, maxLength);
		}

		private void tooLong(String column, String value, int maxLength) {
			if (value.length() > maxLength) {
				problems.add(CsvProblem.of("modelImport.tooLong", column, maxLength, value.length()));
			}
		}

		private ModelNumber modelNumber(String typed) {
			if (typed.isEmpty()) {
				problems.add(CsvProblem.of("modelImport.required", "model_number"));
				return null;
			}
			ModelNumber number = ModelNumber.of(typed);
			if (number.isBlank()) {
				problems.add(CsvProblem.of("modelImport.modelNumber.blank", typed));
				return null;
			}
			if (number.display().length() > ModelNumber.MAX_LENGTH) {
				problems.add(CsvProblem.of("modelImport.tooLong", "model_number", ModelNumber.MAX_LENGTH,
						number.display().length()));
				return null;
			}
			return number;
		}

		private LocalDate date(String column) {
			String value = text(column);
			if (value.isEmpty()) {
				return null;
			}
			if (ISO_DATE.matcher(value).matches()) {
				try {
					LocalDate date = LocalDate.parse(value);
					if (date.getYear() >= 1900) {
						return date;
					}
				}
				catch (DateTimeParseException ex) {
					// explained below
				}
			}
			problems.add(CsvProblem.of("modelImport.date", column, value));
			return null;
		}

		private List<String> components() {
			String value = text("components");
			List<String> components = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (String part : value.split("\\|")) {
				String component = part.strip();
				if (component.isEmpty()) {
					continue;
				}
				if (component.length() > COMPONENT_LENGTH || component.contains(",")) {
					problems.add(CsvProblem.of("modelImport.component.invalid", component, COMPONENT_LENGTH));
				}
				else if (!seen.add(component.toLowerCase(Locale.ROOT))) {
					problems.add(CsvProblem.of("modelImport.component.twice", component));
				}
				else {
					components.add(component);
				}
			}
			tooLong("components", String.join(",", components), COMPONENTS_LENGTH);
			return components;
		}

		private ModelCsvRow.Terms terms() {
			if (TERMS_COLUMNS.stream().allMatch(column -> text(column).isEmpty())) {
				return null;
			}
			int before = problems.size();
			TERMS_COLUMNS.stream()
				.filter(column -> text(column).isEmpty())
				.forEach(column -> problems.add(CsvProblem.of("modelImport.terms.missing", column)));
			if (problems.size() > before) {
				return null;
			}
			LocalDate from = date("terms_from");
			List<CoverageLine> lines = coverageLines();
			Boolean transferable = bool("transferable");
			Integer filing = number("filing_window_days", 1, 365, "modelImport.days");
			Integer grace = number("no_proof_grace_days", 0, 365, "modelImport.days");
			Integer bonus = number("registration_bonus_months", 0, 60, "modelImport.months");
			Integer window = number("registration_window_days", 0, 365, "modelImport.days");
			if (problems.size() > before) {
				return null;
			}
			return new ModelCsvRow.Terms(from,
					new WarrantyTerms(lines, transferable, filing, grace, bonus, window));
		}

		private List<CoverageLine> coverageLines() {
			List<CoverageLine> lines = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (String part : text("coverage_lines").split("\\|")) {
				String typed = part.strip();
				if (typed.isEmpty()) {
					continue;
				}
				Matcher m = COVERAGE_LINE.matcher(typed);
				if (!m.matches()) {
					problems.add(CsvProblem.of("modelImport.coverage.shape", typed));
					continue;
				}
				int parts = Integer.parseInt(m.group(2));
				int labour = Integer.parseInt(m.group(3));
				if (parts > MAX_MONTHS || labour > MAX_MONTHS) {
					problems.add(CsvProblem.of("modelImport.coverage.months", typed, MAX_MONTHS));
					continue;
				}
				CoverageLine line = new CoverageLine(m.group(1), parts, labour);
				if (!seen.add(line.component())) {
					problems.add(CsvProblem.of("modelImport.coverage.twice", line.component()));
					continue;
				}
				lines.add(line);
			}
			if (!seen.contains(CoverageLine.ANY_COMPONENT)) {
				problems.add(CsvProblem.of("modelImport.coverage.catchAll"));
			}
			return lines;
		}

		private Boolean bool(String column) {
			String value = text(column);
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "yes" -> Boolean.TRUE;
				case "false", "no" -> Boolean.FALSE;
				default -> {
					problems.add(CsvProblem.of("modelImport.boolean", column, value));
					yield null;
				}
			};
		}

		private Integer number(String column, int min, int max, String code) {
			String value = text(column);
			if (WHOLE_NUMBER.matcher(value).matches()) {
				int number = Integer.parseInt(value);
				if (number >= min && number <= max) {
					return number;
				}
			}
			problems.add(CsvProblem.of(code, column, min, max, value));
			return null;
		}
	}

	/** Starts a file: the byte order mark (so spreadsheets read accents right) and the header. */
	public static Printer printer(Appendable out) throws IOException {
		out.append(BYTE_ORDER_MARK);
		CSVPrinter csv = FORMAT.print(out);
		csv.printRecord(COLUMNS);
		return new Printer(csv);
	}

	/** Writes models one line each, as {@link #read} reads them. */
	public static final class Printer implements Flushable {

		private final CSVPrinter csv;

		private Printer(CSVPrinter csv) {
			this.csv = csv;
		}

		public void print(ModelCsvRow row) throws IOException {
			List<String> cells = new ArrayList<>(List.of(row.manufacturer(), row.modelNumber().display(), row.name(),
					row.category(), date(row.releaseDate()), String.join("|", row.components()),
					row.serialLabelHint() == null ? "" : row.serialLabelHint()));
			if (row.terms() == null) {
				TERMS_COLUMNS.forEach(column -> cells.add(""));
			}
			else {
				WarrantyTerms terms = row.terms().terms();
				cells.addAll(List.of(date(row.terms().from()), coverageLines(terms.lines()),
						String.valueOf(terms.transferable()), String.valueOf(terms.filingWindowDays()),
						String.valueOf(terms.noProofGraceDays()), String.valueOf(terms.registrationBonusMonths()),
						String.valueOf(terms.registrationWindowDays())));
			}
			csv.printRecord(cells.stream().map(ModelCatalogCsv::safeCell).toList());
		}

		@Override
		public void flush() throws IOException {
			csv.flush();
		}
	}

	/** A short file showing the format: a new model with its terms, and an existing one whose terms stay as they are. */
	public static void writeExample(Appendable out) throws IOException {
		Printer printer = printer(out);
		printer.print(new ModelCsvRow("Nordfrost", ModelNumber.of("NF-FR600"), "FrostLine 600 fridge freezer",
				"Cooling", LocalDate.of(2025, 3, 1), List.of("compressor", "door", "ice maker"),
				"Open the fridge door: the label is on the left wall, behind the salad drawer.",
				new ModelCsvRow.Terms(LocalDate.of(2025, 3, 1),
						new WarrantyTerms(List.of(new CoverageLine("*", 24, 24), new CoverageLine("compressor", 120, 12)),
								true, 30, 90, 12, 30))));
		printer.print(new ModelCsvRow("Brightline Electronics", ModelNumber.of("BL-TV55Q"), "Vivid 55\" QLED TV",
				"TV and video", LocalDate.of(2023, 9, 1), List.of("panel", "remote", "power supply"),
				"On the back panel, bottom right, a white sticker starting with BL.", null));
		printer.flush();
	}

	/** {@code *:24:12|compressor:120:12}, the catch-all line first. */
	static String coverageLines(List<CoverageLine> lines) {
		Map<String, CoverageLine> ordered = new LinkedHashMap<>();
		lines.stream().filter(CoverageLine::isCatchAll).forEach(line -> ordered.put(line.component(), line));
		lines.forEach(line -> ordered.putIfAbsent(line.component(), line));
		return ordered.values()
			.stream()
			.map(line -> line.component() + ":" + line.partsMonths() + ":" + line.labourMonths())
			.collect(Collectors.joining("|"));
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** A value a spreadsheet would run as a formula gets a leading quote, which {@link #read} takes off again. */
	private static String safeCell(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
