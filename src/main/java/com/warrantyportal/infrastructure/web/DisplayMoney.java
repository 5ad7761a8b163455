package com.warrantyportal.infrastructure.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;

/**
 * Amounts as pages show them, always with their currency ({@code £899.00}, {@code €24.90}): prices paid and the
 * amounts of remedies are in the portal's currency ({@code warranty.currency}, an ISO 4217 code, GBP unless set);
 * spare parts carry their own.
 */
@TemplateHelper("money")
public class DisplayMoney {

	private final Currency currency;

	public DisplayMoney(@Value("${warranty.currency:GBP}") String currency) {
		try {
			this.currency = Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"warranty.currency must be an ISO 4217 code such as GBP, EUR or USD, not '" + currency + "'", ex);
		}
	}

	/** An amount in the portal's currency; empty for none. */
	public String format(BigDecimal amount) {
		return format(amount, currency.getCurrencyCode());
	}

	/** An amount in the given currency (an ISO 4217 code); empty for none. */
	public String format(BigDecimal amount, String currencyCode) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
		try {
			format.setCurrency(Currency.getInstance(currencyCode));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// A code ISO 4217 does not know (a part priced in "PTS") is shown as it was typed.
			format = NumberFormat.getNumberInstance(Locale.UK);
			format.setMinimumFractionDigits(2);
			format.setMaximumFractionDigits(2);
			return currencyCode + " " + format.format(amount);
		}
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	/**
	 * The currencies staff may give a claim's costs in: the portal's first, then the common ones (the currencies a
	 * part or a repair is usually paid in), each once.
	 */
	public List<String> currencies() {
		return Stream.concat(Stream.of(currency.getCurrencyCode()), COMMON.stream()).distinct().toList();
	}

	private static final List<String> COMMON = List.of("GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
			"CAD", "AUD");

	/** The portal's currency code, for the labels of amount fields ("Price paid, in GBP"). */
	public String code() {
		return currency.getCurrencyCode();
	}
}
