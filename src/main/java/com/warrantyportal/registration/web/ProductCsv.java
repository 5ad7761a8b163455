package com.warrantyportal.registration.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.warrantyportal.registration.ProductView;

/** The product list as CSV for spreadsheets, quoted per RFC 4180 and safe against formula injection. */
final class ProductCsv {

	static final String MANUFACTURER = "Manufacturer";

	static final String MODEL_NUMBER = "Model number";

	static final String SERIAL = "Serial number";

	static final String PURCHASE_DATE = "Purchase date";

	static final String RETAILER = "Retailer";

	static final String PRICE = "Price";

	/** A cell the export made safe against formula injection starts with this; an import takes it off again. */
	static final char TEXT_MARK = '\'';

	private static final String FORMULA_STARTS = "=+-@\t\r";

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
		return Stream.of(cells).map(ProductCsv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(String value) {
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

	/** The cell's text as the owner meant it: without the mark {@link #cell} put before a would-be formula. */
	static String plain(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == TEXT_MARK && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}
}
