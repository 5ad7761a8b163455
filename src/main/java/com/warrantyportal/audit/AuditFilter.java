package com.warrantyportal.audit;

import java.time.Instant;

/**
 * Which audit entries to list; a null part does not filter. {@code from} is inclusive and {@code to} exclusive, so a
 * day is [its start, the next day's start) in the business time zone.
 */
public record AuditFilter(String actor, String action, String targetType, String targetId, Instant from,
		Instant to) {

	/** Every entry. */
	public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

	/** The filter in a line for the audit entry of whoever read or exported with it ({@code action=…, …}). */
	public String describe() {
		StringBuilder text = new StringBuilder();
		part(text, "actor", actor);
		part(text, "action", action);
		part(text, "target type", targetType);
		part(text, "target id", targetId);
		part(text, "from", from);
		part(text, "to", to);
		return text.isEmpty() ? "all entries" : text.toString();
	}

	private static void part(StringBuilder text, String name, Object value) {
		if (value != null) {
			text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value);
		}
	}
}
