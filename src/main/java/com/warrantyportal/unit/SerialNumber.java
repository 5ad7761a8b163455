package com.warrantyportal.unit;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A serial number as typed ({@link #display()}) and in the form used to compare serials ({@link #key()}):
 * upper case, spaces and dashes removed, so {@code sn 12-ab} and {@code SN12AB} are the same unit.
 */
public record SerialNumber(String display, String key) {

	// Compiled once: String.replaceAll compiles its pattern on every call, and pages normalise every serial they list.
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s\\-]");

	public static final int MAX_LENGTH = 64;

	public SerialNumber {
		Objects.requireNonNull(display, "display");
		Objects.requireNonNull(key, "key");
	}

	public static SerialNumber of(String typed) {
		String display = typed == null ? "" : SPACES.matcher(typed.strip()).replaceAll(" ");
		return new SerialNumber(display, normalise(display));
	}

	public static String normalise(String typed) {
		return typed == null ? "" : SPACES_AND_DASHES.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
	}

	public boolean isBlank() {
		return key.isEmpty();
	}

	@Override
	public String toString() {
		return display;
	}
}
