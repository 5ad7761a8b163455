package com.warrantyportal.registration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/** The orders the product list offers. Unknown end dates sort last. */
public enum ProductSort {

	PURCHASE_NEWEST(Comparator.comparing(ProductView::purchaseDate).reversed()),
	PURCHASE_OLDEST(Comparator.comparing(ProductView::purchaseDate)),
	ENDS_SOONEST(Comparator.comparing(ProductView::partsEnd, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))),
	MODEL(Comparator.comparing((ProductView p) -> p.modelNumber().toLowerCase(Locale.ROOT))),
	SERIAL(Comparator.comparing((ProductView p) -> p.serial().toLowerCase(Locale.ROOT)));

	private final Comparator<ProductView> comparator;

	ProductSort(Comparator<ProductView> comparator) {
		this.comparator = comparator;
	}

	public Comparator<ProductView> comparator() {
		return comparator.thenComparing(ProductView::registrationId);
	}

	public static ProductSort parse(String text) {
		if (text == null) {
			return PURCHASE_NEWEST;
		}
		try {
			return valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return PURCHASE_NEWEST;
		}
	}
}
