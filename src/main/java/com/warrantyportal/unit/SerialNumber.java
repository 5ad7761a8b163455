package com.warrantyportal.unit;

import java.util.Locale;
import java.util.Objects;

/**
 * A serial number as typed ({@link #display()}) and in the form used to compare serials ({@link #key()}):
 * upper case, spaces and dashes removed, so {@code sn 12-ab} and {@code SN12AB} are the same unit.
 */
public record SerialNumber(String display, String key) {

	public static final int MAX_LENGTH = 64;

	public SerialNumber {
		Objects.requireNonNull(display, "display");
		Objects.requireNonNull(key, "key");
	}

	public static SerialNumber of(String typed) {
		String display = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
		return new SerialNumber(display, normalise(display));
	}

	public static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	public boolean isBlank() {
		return key.isEmpty();
	}

	@Override
	public String toString() {
		return display;
	}
}
