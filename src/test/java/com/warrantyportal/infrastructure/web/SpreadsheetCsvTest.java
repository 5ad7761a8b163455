package com.warrantyportal.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

	@Test
	void quotesCellsWithCommasQuotesOrLineBreaks() {
		assertThat(SpreadsheetCsv.cell("Smith, Jones & Co")).isEqualTo("\"Smith, Jones & Co\"");
		assertThat(SpreadsheetCsv.cell("55\" TV")).isEqualTo("\"55\"\" TV\"");
		assertThat(SpreadsheetCsv.cell("plain")).isEqualTo("plain");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
		assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=");
		assertThat(SpreadsheetCsv.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
	}
}
