package com.warrantyportal.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.eligibility.CoverageLine;

/**
 * Coverage lines as administrators type them, one per line: {@code compressor: 120, 12} (parts months, labour
 * months); {@code *} is every component without a line of its own.
 */
public final class CoverageLinesText {

	private static final Pattern LINE = Pattern
		.compile("^\\s*([*]|[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,62})\\s*:\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*$");

	private CoverageLinesText() {
	}

	/** The parsed lines, or the problem with the first line that is wrong (1-based line number in the message). */
	public record Parsed(List<CoverageLine> lines, String problem) {

		public boolean ok() {
			return problem == null;
		}
	}

	public static Parsed parse(String text) {
		List<CoverageLine> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String[] rows = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < rows.length; i++) {
			if (rows[i].isBlank()) {
				continue;
			}
			Matcher m = LINE.matcher(rows[i]);
			if (!m.matches()) {
				return new Parsed(List.of(), "Line " + (i + 1) + " should look like \"compressor: 120, 12\" "
						+ "(component, parts months, labour months).");
			}
			String component = m.group(1).strip().toLowerCase(Locale.ROOT);
			int parts = Integer.parseInt(m.group(2));
			int labour = Integer.parseInt(m.group(3));
			if (parts > 600 || labour > 600) {
				return new Parsed(List.of(), "Line " + (i + 1) + ": at most 600 months (50 years).");
			}
			if (!seen.add(component)) {
				return new Parsed(List.of(), "Line " + (i + 1) + ": " + component + " appears twice.");
			}
			lines.add(new CoverageLine(component, parts, labour));
		}
		if (!seen.contains(CoverageLine.ANY_COMPONENT)) {
			return new Parsed(List.of(), "Add a line for * (every component without a line of its own), "
					+ "for example \"*: 12, 12\".");
		}
		return new Parsed(lines, null);
	}

	public static String format(List<CoverageLine> lines) {
		StringBuilder text = new StringBuilder();
		for (CoverageLine line : lines) {
			text.append(line.component()).append(": ").append(line.partsMonths()).append(", ")
				.append(line.labourMonths()).append('\n');
		}
		return text.toString();
	}
}
