package com.warrantyportal.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Predicate;

import com.warrantyportal.audit.AuditFilter;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's filters as the query string gives them. A value that does not parse or is not one of the page's
 * choices is reported beside its field and left out of the filter, instead of failing the page.
 */
public class AuditQuery {

	/** Dates the database can hold; outside them a date is a typing mistake. */
	static final int FIRST_YEAR = 1000;

	static final int LAST_YEAR = 9999;

	@Size(max = 254, message = "{audit.actor.tooLong}")
	private String actor;

	private String action;

	private String targetType;

	@Size(max = 254, message = "{audit.targetId.tooLong}")
	private String targetId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Long before;

	/**
	 * The filter from the fields that are fine ({@code usable} says which), dates as whole days in the business time
	 * zone: from the start of {@code from} to the end of {@code to}.
	 */
	AuditFilter toFilter(ZoneId zone, Predicate<String> usable) {
		return new AuditFilter(usable.test("actor") ? text(actor, true) : null,
				usable.test("action") ? text(action, false) : null,
				usable.test("targetType") ? text(targetType, false) : null,
				usable.test("targetId") ? text(targetId, false) : null,
				usable.test("from") && from != null ? from.atStartOfDay(zone).toInstant() : null,
				usable.test("to") && to != null ? to.plusDays(1).atStartOfDay(zone).toInstant() : null);
	}

	static boolean isPlausible(LocalDate date) {
		return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
	}

	private static String text(String value, boolean lowerCase) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return lowerCase ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getTargetType() {
		return targetType;
	}

	public void setTargetType(String targetType) {
		this.targetType = targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public void setTargetId(String targetId) {
		this.targetId = targetId;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getBefore() {
		return before;
	}

	public void setBefore(Long before) {
		this.before = before;
	}
}
