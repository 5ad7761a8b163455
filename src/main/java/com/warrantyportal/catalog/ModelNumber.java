package com.warrantyportal.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A model number as typed ({@link #display()}) and in the form used to compare model numbers ({@link #key()}):
 * like serials, upper case with spaces and dashes removed, so {@code nf fr-500} and {@code NFFR500} are one model.
 */
public record ModelNumber(String display, String key) {

	// Compiled once: String.replaceAll compiles its pattern on every call, and lists normalise every model number shown.
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s\\-]");

	public static final int MAX_LENGTH = 64;

	public ModelNumber {
		Objects.requireNonNull(display, "display");
		Objects.requireNonNull(key, "key");
	}

	public static ModelNumber of(String typed) {
		String display = typed == null ? "" : SPACES.matcher(typed.strip()).replaceAll(" ");
		return new ModelNumber(display, normalise(display));
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
