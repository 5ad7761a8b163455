package com.warrantyportal.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * A model number as typed ({@link #display()}) and in the form used to compare model numbers ({@link #key()}):
 * like serials, upper case with spaces and dashes removed, so {@code nf fr-500} and {@code NFFR500} are one model.
 */
public record ModelNumber(String display, String key) {

	public static final int MAX_LENGTH = 64;

	public ModelNumber {
		Objects.requireNonNull(display, "display");
		Objects.requireNonNull(key, "key");
	}

	public static ModelNumber of(String typed) {
		String display = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
		return new ModelNumber(display, normalise(display));
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
