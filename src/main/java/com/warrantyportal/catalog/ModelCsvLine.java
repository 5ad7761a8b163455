package com.warrantyportal.catalog;

import java.util.List;

/**
 * One line of an uploaded catalogue file: its line number (the header is line 1, as a spreadsheet counts rows), the
 * manufacturer and model number as typed, and either the model it describes or what is wrong with it.
 */
public record ModelCsvLine(int line, String manufacturer, String modelNumber, ModelCsvRow row,
		List<CsvProblem> problems) {

	public ModelCsvLine {
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return problems.isEmpty();
	}
}
