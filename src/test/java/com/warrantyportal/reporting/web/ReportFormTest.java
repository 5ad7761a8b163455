package com.warrantyportal.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.warrantyportal.reporting.ReportFilter;

import org.junit.jupiter.api.Test;

class ReportFormTest {

	private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

	@Test
	void defaultsToTheTwelveWeeksUpToTodayFromAMonday() {
		ReportFilter filter = new ReportForm().toFilter(THURSDAY, Set.of());
		assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 9, 7));
		assertThat(filter.to()).isEqualTo(THURSDAY);
		assertThat(filter.minUnits()).isEqualTo(ReportFilter.DEFAULT_MIN_UNITS);
	}

	@Test
	void fallsBackToTheDefaultOfEachRefusedField() {
		ReportForm form = new ReportForm();
		form.setFrom(LocalDate.of(2026, 3, 1));
		form.setTo(LocalDate.of(2026, 1, 1));
		form.setManufacturer(7L);
		form.setMinUnits(0);
		ReportFilter filter = form.toFilter(THURSDAY, Set.of("toNotBeforeFrom", "minUnits"));
		assertThat(filter.to()).isEqualTo(THURSDAY);
		assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 9, 7));
		assertThat(filter.manufacturerId()).isEqualTo(7L);
		assertThat(filter.minUnits()).isEqualTo(ReportFilter.DEFAULT_MIN_UNITS);
	}

	@Test
	void keepsAStartWithoutAnEndWithinTheLongestPeriod() {
		ReportForm form = new ReportForm();
		form.setFrom(LocalDate.of(2015, 1, 1));
		ReportFilter filter = form.toFilter(THURSDAY, Set.of());
		assertThat(filter.from()).isEqualTo(THURSDAY.minusDays(ReportFilter.MAX_DAYS - 1));
		assertThat(form.isPeriodBounded()).isTrue();
		form.setTo(THURSDAY);
		assertThat(form.isPeriodBounded()).isFalse();
	}
}
