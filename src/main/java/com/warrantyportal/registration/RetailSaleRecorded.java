package com.warrantyportal.registration;

import java.time.LocalDate;

/**
 * A retailer registered a sold unit for its buyer: the buyer is to be mailed the invitation ({@code link}) to add it
 * to their account. Published in the transaction that recorded the sale.
 */
public record RetailSaleRecorded(String buyerEmail, String retailer, String manufacturer, String modelNumber,
		String modelName, String serial, LocalDate purchaseDate, String link, LocalDate expiresOn) {
}
