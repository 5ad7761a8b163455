package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.catalog.SerialFormats.Format;

import org.junit.jupiter.api.Test;

class SerialFormatsTest {

	private final Format modelOwn = new Format(SerialPattern.of("(?<year>\\d{4})(?<month>\\d{2})W\\d{3}"),
			"202502W001");

	private final Format plain = new Format(SerialPattern.of("W\\d{9}"), "W123456789");

	private final Format weekly = new Format(SerialPattern.of("(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{5}"),
			"2411NF00042");

	@Test
	void withoutAnyFormatEverySerialIsAcceptedAndNoneGivesADate() {
		assertThat(SerialFormats.NONE.accepts("ANYTHING")).isTrue();
		assertThat(SerialFormats.NONE.manufactureDate("2411NF00042")).isEmpty();
		assertThat(SerialFormats.NONE.example()).isEmpty();
	}

	@Test
	void aSerialOfAnyApplicableFormatIsAccepted() {
		SerialFormats formats = new SerialFormats(List.of(modelOwn, weekly));
		assertThat(formats.accepts("202502W001")).isTrue();
		assertThat(formats.accepts("2411NF00042")).isTrue();
		assertThat(formats.accepts("BL24000777")).isFalse();
	}

	@Test
	void theDateComesFromTheFirstMatchingFormatThatGivesOne() {
		SerialFormats formats = new SerialFormats(List.of(plain, modelOwn, weekly));
		assertThat(formats.manufactureDate("202502W001")).contains(LocalDate.of(2025, 2, 1));
		assertThat(formats.manufactureDate("W123456789")).isEmpty();
		assertThat(formats.manufactureDate("202513W001")).isEmpty();
	}

	@Test
	void ownersSeeEveryDistinctExample() {
		assertThat(new SerialFormats(List.of(modelOwn, weekly, new Format(weekly.pattern(), "2411NF00042"),
				new Format(SerialPattern.of("X\\d"), null))).example()).contains("202502W001 or 2411NF00042");
	}
}
