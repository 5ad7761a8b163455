package com.warrantyportal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SerialNumberTest {

	@Test
	void comparesWithoutCaseSpacesOrDashes() {
		assertThat(SerialNumber.of("sn 12-ab").key()).isEqualTo(SerialNumber.of("SN12AB").key()).isEqualTo("SN12AB");
	}

	@Test
	void keepsTheSerialAsTypedForDisplay() {
		SerialNumber serial = SerialNumber.of("  sn 12-ab ");
		assertThat(serial.display()).isEqualTo("sn 12-ab");
		assertThat(serial.toString()).isEqualTo("sn 12-ab");
	}

	@Test
	void onlySpacesAndDashesIsBlank() {
		assertThat(SerialNumber.of(" - -").isBlank()).isTrue();
		assertThat(SerialNumber.of(null).isBlank()).isTrue();
	}
}
