package com.warrantyportal.catalog;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.eligibility.WarrantyTerms;

/**
 * One model as a line of the catalogue CSV (docs/model-csv.md): what it is, and optionally the warranty terms in force
 * from a date. {@code terms} is null when the line leaves the model's terms as they are.
 */
public record ModelCsvRow(String manufacturer, ModelNumber modelNumber, String name, String category,
		LocalDate releaseDate, List<String> components, String serialLabelHint, Terms terms) {

	public ModelCsvRow {
		components = List.copyOf(components);
	}

	/** Warranty terms and the first purchase date they apply to. */
	public record Terms(LocalDate from, WarrantyTerms terms) {

		/** The coverage lines as the file writes them: {@code *:24:12|compressor:120:12}. */
		public String coverageLines() {
			return ModelCatalogCsv.coverageLines(terms.lines());
		}
	}
}
