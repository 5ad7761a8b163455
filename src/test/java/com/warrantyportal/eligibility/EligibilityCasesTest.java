package com.warrantyportal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every worked case of a cases file through the engine: the repository's own
 * {@code src/test/resources/eligibility-cases.csv} (format in {@code docs/domain.md}), or the file named by the system
 * property {@code eligibility.cases}, so any other set of cases in that format can be checked the same way.
 */
class EligibilityCasesTest {

	private static final List<String> EXPECTED = List.of("status", "coverage", "reasons", "parts_end", "labour_end");

	private final EligibilityEngine engine = new EligibilityEngine();

	@TestFactory
	Stream<DynamicTest> everyCaseMatchesTheRules() throws IOException {
		Path file = casesFile();
		List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank())
			.toList();
		List<String> header = Arrays.asList(rows.get(0).split(",", -1));
		assertThat(rows).as("cases in %s", file).hasSizeGreaterThan(1);
		return rows.stream().skip(1).map(line -> {
			Map<String, String> row = toMap(header, line);
			return DynamicTest.dynamicTest(row.get("case_id"), () -> check(row));
		});
	}

	private void check(Map<String, String> row) {
		EligibilityVerdict verdict = engine.evaluate(facts(row));
		Map<String, String> actual = Map.of("status", verdict.status().name(), "coverage", verdict.coverage().name(),
				"reasons", verdict.reasonCodes().stream().map(Enum::name).sorted().collect(Collectors.joining("|")), "parts_end",
				text(verdict.partsEnd()), "labour_end", text(verdict.labourEnd()));
		List<String> mismatches = new ArrayList<>();
		for (String column : EXPECTED) {
			String expected = sortedIfReasons(column, row.get(column));
			if (!expected.equals(actual.get(column))) {
				mismatches.add(column + ": expected [" + expected + "] but was [" + actual.get(column) + "]");
			}
		}
		assertThat(mismatches).as("case %s (%s)", row.get("case_id"), verdict.reasons()).isEmpty();
	}

	static ClaimFacts facts(Map<String, String> row) {
		List<CoverageLine> lines = Arrays.stream(row.get("lines").split(";")).map(spec -> {
			String[] parts = spec.split(":");
			return new CoverageLine(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
		}).toList();
		WarrantyTerms terms = new WarrantyTerms(lines, Boolean.parseBoolean(row.get("transferable")),
				Integer.parseInt(row.get("filing_window_days")), Integer.parseInt(row.get("no_proof_grace_days")),
				Integer.parseInt(row.get("registration_bonus_months")),
				Integer.parseInt(row.get("registration_window_days")));
		String recall = row.get("recall_component");
		return new ClaimFacts(terms, Integer.parseInt(row.get("ext_months")), date(row.get("purchase_date")),
				Boolean.parseBoolean(row.get("proof_verified")), date(row.get("manufacture_date")),
				date(row.get("registered_date")), Boolean.parseBoolean(row.get("original_owner")),
				SerialState.valueOf(row.get("serial_status")), recall.isEmpty() ? Set.of() : Set.of(recall),
				row.get("component"), Cause.valueOf(row.get("cause")), date(row.get("failure_date")),
				date(row.get("claim_date")));
	}

	private static Path casesFile() {
		String named = System.getProperty("eligibility.cases");
		if (named != null && !named.isBlank()) {
			Path path = Path.of(named);
			assertThat(path).as("eligibility.cases file").exists();
			return path;
		}
		return Path.of("src/test/resources/eligibility-cases.csv");
	}

	private static Map<String, String> toMap(List<String> header, String line) {
		String[] values = line.split(",", -1);
		Map<String, String> row = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			row.put(header.get(i).strip(), i < values.length ? values[i].strip() : "");
		}
		return row;
	}

	private static String sortedIfReasons(String column, String value) {
		if (!"reasons".equals(column) || value.isEmpty()) {
			return value;
		}
		return Arrays.stream(value.split("\\|")).sorted().collect(Collectors.joining("|"));
	}

	private static LocalDate date(String text) {
		return text == null || text.isEmpty() ? null : LocalDate.parse(text);
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
