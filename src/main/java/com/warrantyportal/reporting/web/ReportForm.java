package com.warrantyportal.reporting.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import com.warrantyportal.reporting.ReportFilter;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The reports' filters as the query string gives them. A value that does not parse or does not fit is reported
 * beside its field and the report falls back to that filter's default, instead of failing the page.
 */
public class ReportForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Long manufacturer;

	@Size(max = 80, message = "{report.modelNumber.tooLong}")
	private String modelNumber;

	@Min(value = 1, message = "{report.minUnits.range}")
	@Max(value = 1_000_000, message = "{report.minUnits.range}")
	private Integer minUnits;

	@AssertTrue(message = "{report.to.beforeFrom}")
	public boolean isToNotBeforeFrom() {
		return from == null || to == null || !to.isBefore(from);
	}

	@AssertTrue(message = "{report.to.tooLong}")
	public boolean isPeriodBounded() {
		return from == null || to == null || ChronoUnit.DAYS.between(from, to) < ReportFilter.MAX_DAYS;
	}

	/** The filter the report runs with: each field's value, or its default where it is missing or refused. */
	ReportFilter toFilter(LocalDate today, Set<String> refused) {
		boolean periodRefused = refused.contains("from") || refused.contains("to") || refused.contains("toNotBeforeFrom")
				|| refused.contains("periodBounded");
		LocalDate end = to == null || periodRefused ? today : to;
		LocalDate start = from == null || periodRefused ? ReportFilter.defaultFrom(end) : from;
		if (start.isAfter(end)) {
			start = ReportFilter.defaultFrom(end);
		}
		// A start without an end runs to today: kept within the longest period too (the page shows the dates used).
		if (ChronoUnit.DAYS.between(start, end) >= ReportFilter.MAX_DAYS) {
			start = end.minusDays(ReportFilter.MAX_DAYS - 1);
		}
		return new ReportFilter(start, end, refused.contains("manufacturer") ? null : manufacturer,
				refused.contains("modelNumber") || modelNumber == null ? null : modelNumber.strip(),
				minUnits == null || refused.contains("minUnits") ? ReportFilter.DEFAULT_MIN_UNITS : minUnits);
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

	public Long getManufacturer() {
		return manufacturer;
	}

	public void setManufacturer(Long manufacturer) {
		this.manufacturer = manufacturer;
	}

	public String getModelNumber() {
		return modelNumber;
	}

	public void setModelNumber(String modelNumber) {
		this.modelNumber = modelNumber;
	}

	public Integer getMinUnits() {
		return minUnits;
	}

	public void setMinUnits(Integer minUnits) {
		this.minUnits = minUnits;
	}
}
