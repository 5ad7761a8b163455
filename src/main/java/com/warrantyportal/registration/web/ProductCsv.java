package com.warrantyportal.registration.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.warrantyportal.registration.ProductView;

/** The product list as CSV for spreadsheets, quoted per RFC 4180 and safe against formula injection. */
final class ProductCsv {

	private ProductCsv() {
	}

	static String of(List<ProductView> products) {
		StringBuilder csv = new StringBuilder();
		csv.append(row("Manufacturer", "Model number", "Model name", "Serial number", "Purchase date", "Retailer",
				"Price", "Parts covered until", "Labour covered until", "Warranty", "Reported stolen",
				"Claim open"));
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
		return Stream.of(cells).map(ProductCsv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(String value) {
		String text = value == null ? "" : value;
		// A cell starting with =, +, - or @ would run as a formula in a spreadsheet: make it plain text.
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| text.startsWith("'")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
