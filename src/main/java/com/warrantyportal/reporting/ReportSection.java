package com.warrantyportal.reporting;

import java.util.List;

/**
 * One section of the reports page as a table: the page renders it (with a chart drawn from it) and its CSV download
 * writes the same cells, so the two cannot disagree.
 *
 * @param name the section's name in its CSV address ({@code /staff/reports/NAME.csv}) and in message keys
 * @param chart how the page's script draws it: {@code bar}, {@code line} or {@code stacked}
 * @param columns the header row; the first column holds the row labels
 * @param rows the body rows, each a cell per column
 * @param total a last row summing up the period (null when the section has none); not charted
 */
public record ReportSection(String name, String chart, List<Column> columns, List<List<Cell>> rows, List<Cell> total) {

	/**
	 * A column heading: a message key ({@code report.column.KEY}) or, for columns named by the data (a model
	 * number), the text itself. A series column is one data set of the chart.
	 */
	public record Column(String key, String text, boolean series, boolean number) {

		public static Column label(String key) {
			return new Column(key, null, false, false);
		}

		public static Column figure(String key) {
			return new Column(key, null, false, true);
		}

		public static Column series(String key) {
			return new Column(key, null, true, true);
		}

		public static Column seriesNamed(String text) {
			return new Column(null, text, true, true);
		}
	}

	/** A cell: its text as shown and written to CSV, and for figures the number a chart draws (else null). */
	public record Cell(String text, Number value) {

		public static Cell text(String text) {
			return new Cell(text, null);
		}

		public static Cell count(long n) {
			return new Cell(Long.toString(n), n);
		}
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}
}
