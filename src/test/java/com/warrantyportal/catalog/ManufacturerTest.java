package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ManufacturerTest {

	private final Manufacturer weekly = new Manufacturer("Nordfrost", "(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{5}",
			"2411NF00042", true);

	@Test
	void acceptsOnlySerialsOfItsFormat() {
		assertThat(weekly.acceptsSerial("2411NF00042")).isTrue();
		assertThat(weekly.acceptsSerial("NF2411")).isFalse();
		assertThat(new Manufacturer("Any", null, null, false).acceptsSerial("whatever")).isTrue();
	}

	@Test
	void readsTheManufactureWeekEncodedInTheSerial() {
		// ISO week 11 of 2024 starts on Monday 11 March 2024.
		assertThat(weekly.manufactureDateEncodedIn("2411NF00042")).contains(LocalDate.of(2024, 3, 11));
	}

	@Test
	void readsAMonthWhenTheFormatEncodesOne() {
		Manufacturer monthly = new Manufacturer("M", "(?<year>\\d{4})(?<month>\\d{2})-\\d+", null, false);
		assertThat(monthly.manufactureDateEncodedIn("202502-77")).contains(LocalDate.of(2025, 2, 1));
		assertThat(monthly.manufactureDateEncodedIn("202513-77")).isEmpty();
	}

	@Test
	void noDateWhenTheWeekIsImpossibleOrTheFormatEncodesNone() {
		assertThat(weekly.manufactureDateEncodedIn("2499NF00042")).isEmpty();
		assertThat(new Manufacturer("B", "BL\\d{8}", null, false).manufactureDateEncodedIn("BL24000777")).isEmpty();
	}
}
