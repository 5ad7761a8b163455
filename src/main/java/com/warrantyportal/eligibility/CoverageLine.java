package com.warrantyportal.eligibility;

import java.util.Objects;

/** {@code component: parts months, labour months}; the component {@code *} stands for every component without a line. */
public record CoverageLine(String component, int partsMonths, int labourMonths) {

	public static final String ANY_COMPONENT = "*";

	public CoverageLine {
		Objects.requireNonNull(component, "component");
		component = component.strip().toLowerCase(java.util.Locale.ROOT);
		if (component.isEmpty()) {
			throw new IllegalArgumentException("A coverage line needs a component, or * for all");
		}
		if (partsMonths < 0 || labourMonths < 0) {
			throw new IllegalArgumentException("Coverage months cannot be negative");
		}
	}

	public boolean isCatchAll() {
		return ANY_COMPONENT.equals(component);
	}

	@Override
	public String toString() {
		return component + ": " + partsMonths + " months parts, " + labourMonths + " labour";
	}
}
