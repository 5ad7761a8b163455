package com.warrantyportal.registration.web;

import java.util.List;

import com.warrantyportal.infrastructure.web.DisplayDates;
import com.warrantyportal.registration.ProductView;
import com.warrantyportal.unit.SerialNumber;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One row of the owner's product list with its cells already written out: the list shows up to hundreds of
 * products, and a formatting call from the template costs several times a plain value (a bean looked up, the
 * arguments converted) in every cell of every row. The product page itself keeps using {@link ProductView}.
 *
 * @param serial the serial in its canonical form, as {@code fragments/badges :: serial} shows it
 * @param typedSerial the serial as typed, when it differs from the canonical form; null otherwise
 * @param state the warranty state, whose name is the badge's tone class ({@code warranty-IN_WARRANTY})
 */
record ProductRow(long registrationId, String modelNumber, String modelName, String serial, String typedSerial,
		String bought, String partsUntil, String labourUntil, ProductView.WarrantyState state, String stateText,
		List<ProductView.Flag> flags) {

	static final String NOT_KNOWN_YET = "Not known yet";

	static List<ProductRow> of(List<ProductView> products, DisplayDates dates, MessageSource messages) {
		return products.stream().map(product -> of(product, dates, messages)).toList();
	}

	private static ProductRow of(ProductView product, DisplayDates dates, MessageSource messages) {
		String canonical = SerialNumber.normalise(product.serial());
		String typed = product.serial() == null || product.serial().strip().equals(canonical) ? null
				: product.serial();
		return new ProductRow(product.registrationId(), product.modelNumber(), product.modelName(), canonical, typed,
				dates.date(product.purchaseDate()), dates.dateOr(product.partsEnd(), NOT_KNOWN_YET),
				dates.dateOr(product.labourEnd(), NOT_KNOWN_YET), product.warrantyState(),
				messages.getMessage("product.warranty-state." + product.warrantyState(), null,
						LocaleContextHolder.getLocale()),
				product.flags());
	}
}
