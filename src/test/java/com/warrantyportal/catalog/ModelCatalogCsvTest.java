package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The catalogue CSV format: what it reads, what it refuses and why, and that it reads back what it writes. */
class ModelCatalogCsvTest {

	private static final String HEADER = String.join(",", ModelCatalogCsv.COLUMNS) + "\n";

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages/catalog-import");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static ModelCatalogCsv.Reading read(String csv) {
		return ModelCatalogCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(List<CsvProblem> problems) {
		return problems.stream().map(p -> MESSAGES.getMessage(p.code(), p.arguments(), Locale.ENGLISH)).toList();
	}

	private static ModelCsvLine onlyLine(ModelCatalogCsv.Reading reading) {
		assertThat(reading.fileProblems()).isEmpty();
		assertThat(reading.lines()).hasSize(1);
		return reading.lines().get(0);
	}

	@Test
	void readsEveryColumnOfAWellFormedLine() {
		ModelCsvLine line = onlyLine(read(HEADER + "Nordfrost,NF-FR600,FrostLine 600,Cooling,2025-03-01,"
				+ "compressor|door| ice maker ,\"Inside, left wall\",2025-03-01,*:24:24|Compressor : 120 : 12,true,"
				+ "30,90,12,30\n"));

		assertThat(line.ok()).isTrue();
		assertThat(line.line()).isEqualTo(2);
		ModelCsvRow row = line.row();
		assertThat(row.manufacturer()).isEqualTo("Nordfrost");
		assertThat(row.modelNumber()).isEqualTo(ModelNumber.of("NF-FR600"));
		assertThat(row.name()).isEqualTo("FrostLine 600");
		assertThat(row.category()).isEqualTo("Cooling");
		assertThat(row.releaseDate()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(row.components()).containsExactly("compressor", "door", "ice maker");
		assertThat(row.serialLabelHint()).isEqualTo("Inside, left wall");
		assertThat(row.terms()).isEqualTo(new ModelCsvRow.Terms(LocalDate.of(2025, 3, 1), new WarrantyTerms(
				List.of(new CoverageLine("*", 24, 24), new CoverageLine("compressor", 120, 12)), true, 30, 90, 12, 30)));
	}

	@Test
	void readsColumnsInAnyOrderWithAByteOrderMarkAndYesOrNo() {
		List<String> columns = new java.util.ArrayList<>(ModelCatalogCsv.COLUMNS);
		java.util.Collections.reverse(columns);
		String csv = "\uFEFF" + String.join(",", columns).toUpperCase(Locale.ROOT) + "\r\n"
				+ "30,0,90,60,No,*:12:12,2024-01-01,,,2024-01-01,TV,Vivid TV,bl-tv55,Brightline\r\n";

		ModelCsvRow row = onlyLine(read(csv)).row();

		assertThat(row.manufacturer()).isEqualTo("Brightline");
		assertThat(row.modelNumber().key()).isEqualTo("BLTV55");
		assertThat(row.releaseDate()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(row.components()).isEmpty();
		assertThat(row.serialLabelHint()).isNull();
		assertThat(row.terms().terms().transferable()).isFalse();
		assertThat(row.terms().terms().filingWindowDays()).isEqualTo(60);
		assertThat(row.terms().terms().registrationWindowDays()).isEqualTo(30);
	}

	@Test
	void explainsEveryBadFieldOfALineInPlainWords() {
		ModelCsvLine line = onlyLine(read(HEADER + "Nordfrost,NF-1,," + "x".repeat(81) + ",2024-13-01,door|Door,,"
				+ "soon,*:24|compressor:700:12,maybe,abc,400,-1,30\n"));

		assertThat(line.ok()).isFalse();
		assertThat(line.row()).isNull();
		assertThat(texts(line.problems())).containsExactly("name is empty: every line needs it.",
				"category can be at most 80 characters, not 81.",
				"release_date must be a date written like 2025-03-10 (year 1900 or later), not \u201c2024-13-01\u201d.",
				"components: \u201cDoor\u201d is listed twice.",
				"terms_from must be a date written like 2025-03-10 (year 1900 or later), not \u201csoon\u201d.",
				"coverage_lines: \u201c*:24\u201d should look like compressor:120:12 (component, parts months, labour months).",
				"coverage_lines: \u201ccompressor:700:12\u201d has more than 600 months (50 years).",
				"coverage_lines needs a line for * (every component without a line of its own), like *:12:12.",
				"transferable must be true or false (yes or no also work), not \u201cmaybe\u201d.",
				"filing_window_days must be a whole number of days from 1 to 365, not \u201cabc\u201d.",
				"no_proof_grace_days must be a whole number of days from 0 to 365, not \u201c400\u201d.",
				"registration_bonus_months must be a whole number of months from 0 to 60, not \u201c-1\u201d.");
	}

	@Test
	void leavesTheTermsAloneWhenAllSevenTermsColumnsAreEmpty() {
		ModelCsvLine line = onlyLine(read(HEADER + "Nordfrost,NF-1,Fridge,Cooling,,,,,,,,,,\n"));

		assertThat(line.ok()).isTrue();
		assertThat(line.row().terms()).isNull();
	}

	@Test
	void refusesTermsThatFillOnlySomeColumns() {
		ModelCsvLine line = onlyLine(read(HEADER + "Nordfrost,NF-1,Fridge,Cooling,,,,2025-01-01,*:12:12,,,,,\n"));

		assertThat(line.problems()).extracting(CsvProblem::code).containsOnly("modelImport.terms.missing");
		assertThat(texts(line.problems())).hasSize(5)
			.first()
			.isEqualTo("transferable is empty. A line that gives warranty terms fills all seven terms columns; "
					+ "leave them all empty to keep the terms of an existing model.");
	}

	@Test
	void refusesACoverageComponentListedTwice() {
		ModelCsvLine line = onlyLine(
				read(HEADER + "Nordfrost,NF-1,Fridge,Cooling,,,,2025-01-01,*:12:12|door:12:0|Door:24:0,yes,30,90,0,30\n"));

		assertThat(texts(line.problems())).containsExactly("coverage_lines: door has two lines.");
	}

	@Test
	void marksTheLaterLineOfAModelThatAppearsTwiceComparedLikeSerials() {
		ModelCatalogCsv.Reading reading = read(HEADER + "Nordfrost,NF-FR500,Fridge,Cooling,,,,,,,,,,\n"
				+ "Nordfrost,NF-FR501,Fridge,Cooling,,,,,,,,,,\n" + "nordfrost ,nf fr500,Fridge,Cooling,,,,,,,,,,\n");

		assertThat(reading.lines()).extracting(ModelCsvLine::ok).containsExactly(true, true, false);
		assertThat(texts(reading.lines().get(2).problems()))
			.containsExactly("nf fr500 of nordfrost is already on line 2: each model may appear once in a file.");
	}

	@Test
	void refusesTheWholeFileWhenAColumnIsMissingUnknownOrTwice() {
		String header = "manufacturer,model_number,name,category,release_date,components,serial_label_hint,"
				+ "terms_from,coverage_lines,transferable,filing_window_days,no_proof_grace_days,"
				+ "registration_bonus_months,colour,name\n";

		ModelCatalogCsv.Reading reading = read(header + "Nordfrost,NF-1,Fridge,Cooling,,,,,,,,,,,\n");

		assertThat(reading.lines()).isEmpty();
		assertThat(texts(reading.fileProblems())).containsExactly(
				"The header has a column called \u201ccolour\u201d, which is not one of the columns listed below.",
				"The column name appears twice in the header.",
				"The header has no column registration_window_days: every column must be there, even if it is empty.");
	}

	@Test
	void refusesAnEmptyFileAndAFileWithoutModels() {
		assertThat(read("").fileProblems()).extracting(CsvProblem::code).containsExactly("modelImport.file.empty");
		assertThat(read(HEADER + "\n\n").fileProblems()).extracting(CsvProblem::code)
			.containsExactly("modelImport.file.noModels");
	}

	@Test
	void refusesAFileWithMoreModelsThanTheLimit() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i <= ModelCatalogCsv.MAX_ROWS; i++) {
			csv.append("Nordfrost,M").append(i).append(",Fridge,Cooling,,,,,,,,,,\n");
		}

		ModelCatalogCsv.Reading reading = read(csv.toString());

		assertThat(reading.lines()).isEmpty();
		assertThat(texts(reading.fileProblems()))
			.containsExactly("The file has more than 20,000 models. Split it into files of at most 20,000 lines.");
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] latin1 = (HEADER + "Nordfrost,NF-1,K\u00fchlschrank,Cooling,,,,,,,,,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		ModelCatalogCsv.Reading reading = ModelCatalogCsv.read(new ByteArrayInputStream(latin1));

		assertThat(reading.fileProblems()).extracting(CsvProblem::code).containsExactly("modelImport.file.notUtf8");
	}

	@Test
	void reportsAQuoteThatIsNeverClosed() {
		ModelCatalogCsv.Reading reading = read(
				HEADER + "Nordfrost,NF-1,Fridge,Cooling,,,,,,,,,,\n" + "Nordfrost,NF-2,\"Fridge,Cooling,,,,,,,,,,\n");

		assertThat(texts(reading.fileProblems())).containsExactly("The file is not valid CSV at line 3: a value in "
				+ "double quotes is not closed, or text follows its closing quote.");
	}

	@Test
	void explainsALineWithTooFewValues() {
		ModelCsvLine line = onlyLine(read(HEADER + "Nordfrost,NF-1,Fridge, Cooling and freezing\n"));

		assertThat(texts(line.problems())).containsExactly("This line has 4 values but the header has 14 columns. "
				+ "A value that contains a comma must be in double quotes.");
	}

	@Test
	void skipsBlankLinesButCountsThemAsASpreadsheetDoes() {
		ModelCatalogCsv.Reading reading = read(HEADER + "\n,,,,,,,,,,,,,\nNordfrost,NF-1,Fridge,Cooling,,,,,,,,,,\n");

		assertThat(onlyLine(reading).line()).isEqualTo(4);
	}

	@Test
	void readsBackWhatItWritesEvenWithCommasQuotesLineBreaksAndFormulaLikeText() throws IOException {
		List<ModelCsvRow> rows = List.of(
				new ModelCsvRow("Nordfrost", ModelNumber.of("NF-FR500"), "=HYPERLINK(\"x\")", "Cooling, freezing",
						LocalDate.of(2022, 3, 1), List.of("compressor", "door"), "Open the door.\nLeft wall, \"behind\".",
						new ModelCsvRow.Terms(LocalDate.of(2020, 1, 1),
								new WarrantyTerms(
										List.of(new CoverageLine("compressor", 120, 12), new CoverageLine("*", 24, 24)),
										false, 14, 0, 0, 0))),
				new ModelCsvRow("Brightline", ModelNumber.of("-40 freezer"), "@home", "+plus", null, List.of(), null,
						null));
		StringBuilder out = new StringBuilder();
		ModelCatalogCsv.Printer printer = ModelCatalogCsv.printer(out);
		for (ModelCsvRow row : rows) {
			printer.print(row);
		}
		printer.flush();

		assertThat(out.toString()).startsWith("\uFEFF" + String.join(",", ModelCatalogCsv.COLUMNS) + "\r\n")
			.contains("'=HYPERLINK", "'-40 freezer", "'@home", "'+plus")
			.contains(",*:24:24|compressor:120:12,false,14,0,0,0\r\n");
		ModelCatalogCsv.Reading reading = read(out.toString());
		assertThat(reading.fileProblems()).isEmpty();
		assertThat(reading.lines()).extracting(ModelCsvLine::row)
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("terms.terms.lines")
			.containsExactlyElementsOf(rows);
		assertThat(reading.lines().get(0).row().terms().terms().lines())
			.containsExactlyInAnyOrderElementsOf(rows.get(0).terms().terms().lines());
	}

	@Test
	void theExampleFileHasNoProblems() throws IOException {
		StringBuilder example = new StringBuilder();
		ModelCatalogCsv.writeExample(example);

		ModelCatalogCsv.Reading reading = read(example.toString());

		assertThat(reading.fileProblems()).isEmpty();
		assertThat(reading.lines()).hasSize(2).allMatch(ModelCsvLine::ok);
	}

	@Test
	void everyMessageCodeInTheImportHasItsText() throws IOException {
		Pattern code = Pattern.compile("\"(modelImport\\.[A-Za-z.]+)\"");
		for (String source : List.of("src/main/java/com/warrantyportal/catalog/ModelCatalogCsv.java",
				"src/main/java/com/warrantyportal/catalog/ModelImport.java",
				"src/main/java/com/warrantyportal/catalog/web/ModelCsvController.java")) {
			Matcher m = code.matcher(Files.readString(Path.of(source)));
			while (m.find()) {
				assertThat(MESSAGES.getMessage(m.group(1), null, null, Locale.ENGLISH))
					.as(m.group(1))
					.isNotNull();
			}
		}
	}
}
