package com.warrantyportal.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductCsvTest {

	@Test
	void quotesCellsWithCommasQuotesOrLineBreaks() {
		assertThat(ProductCsv.cell("Smith, Jones & Co")).isEqualTo("\"Smith, Jones & Co\"");
		assertThat(ProductCsv.cell("55\" TV")).isEqualTo("\"55\"\" TV\"");
		assertThat(ProductCsv.cell("plain")).isEqualTo("plain");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
		assertThat(ProductCsv.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=");
		assertThat(ProductCsv.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(ProductCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
	}
}
