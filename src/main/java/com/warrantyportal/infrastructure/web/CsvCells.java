package com.warrantyportal.infrastructure.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cells and rows of the CSV files the portal hands out for spreadsheets: quoted per RFC 4180 (CRLF line ends) and
 * safe against formula injection (a cell starting with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it).
 */
public final class CsvCells {

	/** A cell the export made safe against formula injection starts with this; an import takes it off again. */
	public static final char TEXT_MARK = '\'';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	/** One line of cells, ending in CRLF. */
	public static String row(String... cells) {
		return Stream.of(cells).map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	public static String cell(String value) {
		String text = value == null ? "" : value;
		// A cell starting with =, +, - or @ would run as a formula in a spreadsheet: make it plain text.
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = TEXT_MARK + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| text.startsWith("'")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	/** The cell's text as it was meant: without the mark {@link #cell} put before a would-be formula. */
	public static String plain(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == TEXT_MARK && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}
}
