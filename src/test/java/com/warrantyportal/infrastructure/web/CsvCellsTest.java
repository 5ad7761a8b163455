package com.warrantyportal.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

	@Test
	void quotesCellsWithCommasQuotesOrLineBreaks() {
		assertThat(CsvCells.cell("Smith, Jones & Co")).isEqualTo("\"Smith, Jones & Co\"");
		assertThat(CsvCells.cell("55\" TV")).isEqualTo("\"55\"\" TV\"");
		assertThat(CsvCells.cell("plain")).isEqualTo("plain");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
		assertThat(CsvCells.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=");
		assertThat(CsvCells.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
	}

	@Test
	void endsRowsWithCrLfAndTakesTheMarkOffAgain() {
		assertThat(CsvCells.row("a", "b,c")).isEqualTo("a,\"b,c\"\r\n");
		assertThat(CsvCells.plain("'=1")).isEqualTo("=1");
		assertThat(CsvCells.plain("'quoted")).isEqualTo("'quoted");
	}
}
