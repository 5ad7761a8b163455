package com.warrantyportal.infrastructure.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Counts as pages say them: {@code 1 unit}, {@code 2 units}, {@code 1,250 units}. */
@Component("words")
public class DisplayWords {

	public String count(Number n, String one, String many) {
		long value = n == null ? 0 : n.longValue();
		return NumberFormat.getIntegerInstance(Locale.UK).format(value) + " " + (value == 1 ? one : many);
	}
}
