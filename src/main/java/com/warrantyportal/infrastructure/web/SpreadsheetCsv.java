package com.warrantyportal.infrastructure.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rows of a CSV download meant for spreadsheets: quoted per RFC 4180 (CRLF line ends) and safe against formula
 * injection, since a cell starting with =, +, -, @ or a tab would run as a formula. Every export of data people typed
 * writes its rows through here.
 */
public final class SpreadsheetCsv {

	/** A cell made safe against formula injection starts with this; an import takes it off again ({@link #plain}). */
	public static final char TEXT_MARK = '\'';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCsv() {
	}

	/** One line of cells, ending in CRLF. */
	public static String row(String... cells) {
		return Stream.of(cells).map(SpreadsheetCsv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	public static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = TEXT_MARK + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| text.startsWith(String.valueOf(TEXT_MARK))) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	/** The cell's text as its author meant it: without the mark {@link #cell} put before a would-be formula. */
	public static String plain(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == TEXT_MARK && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}
}
