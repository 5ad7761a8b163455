package com.warrantyportal.registration.web;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.infrastructure.web.CsvCells;
import com.warrantyportal.registration.ProductView;

/** The product list as CSV for spreadsheets, quoted per RFC 4180 and safe against formula injection. */
final class ProductCsv {

	static final String MANUFACTURER = "Manufacturer";

	static final String MODEL_NUMBER = "Model number";

	static final String SERIAL = "Serial number";

	static final String PURCHASE_DATE = "Purchase date";

	static final String RETAILER = "Retailer";

	static final String PRICE = "Price";

	private ProductCsv() {
	}

	static String of(List<ProductView> products) {
		StringBuilder csv = new StringBuilder();
		csv.append(row(MANUFACTURER, MODEL_NUMBER, "Model name", SERIAL, PURCHASE_DATE, RETAILER, PRICE,
				"Parts covered until", "Labour covered until", "Warranty", "Reported stolen", "Claim open"));
		for (ProductView p : products) {
			csv.append(row(p.manufacturer(), p.modelNumber(), p.modelName(), p.serial(), date(p.purchaseDate()),
					p.retailer(), p.price() == null ? "" : p.price().toPlainString(), date(p.partsEnd()),
					date(p.labourEnd()), p.warrantyState().name(), p.stolen() ? "yes" : "no",
					p.claimOpen() ? "yes" : "no"));
		}
		return csv.toString();
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String row(String... cells) {
		return CsvCells.row(cells);
	}

	/** The cell's text as the owner meant it: without the mark the export put before a would-be formula. */
	static String plain(String cell) {
		return CsvCells.plain(cell);
	}
}
