package com.warrantyportal.unit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SerialKeySetTest {

	@Test
	void answersTheFirstLineOfASerialSeenBeforeAndZeroForANewOne() {
		SerialKeySet seen = new SerialKeySet();
		assertThat(seen.addIfAbsent("2411NF00001", 2)).isZero();
		assertThat(seen.addIfAbsent("2411NF00002", 3)).isZero();
		assertThat(seen.addIfAbsent("2411NF00001", 9)).isEqualTo(2);
		assertThat(seen.addIfAbsent("2411NF00001", 12)).as("still the first line").isEqualTo(2);
		assertThat(seen.size()).isEqualTo(2);
	}

	@Test
	void comparesSerialsExactlyNotByTheirHash() {
		// "Aa" and "BB" have the same hash code.
		SerialKeySet seen = new SerialKeySet();
		assertThat(seen.addIfAbsent("Aa", 1)).isZero();
		assertThat(seen.addIfAbsent("BB", 2)).isZero();
		assertThat(seen.addIfAbsent("BB", 3)).isEqualTo(2);
		assertThat(seen.addIfAbsent("Aa", 4)).isEqualTo(1);
	}

	@Test
	void keepsEveryLineThroughManyGrowthsAndBlocks() {
		SerialKeySet seen = new SerialKeySet();
		int count = 300_000;
		for (int i = 0; i < count; i++) {
			assertThat(seen.addIfAbsent("SERIAL-WITH-A-LONG-PREFIX-%08d".formatted(i), i + 2L)).isZero();
		}
		for (int i = 0; i < count; i += 997) {
			assertThat(seen.addIfAbsent("SERIAL-WITH-A-LONG-PREFIX-%08d".formatted(i), 1)).isEqualTo(i + 2L);
		}
		assertThat(seen.addIfAbsent("ÄÖÜ-ÉÈ", 5)).isZero();
		assertThat(seen.addIfAbsent("ÄÖÜ-ÉÈ", 6)).isEqualTo(5);
		assertThat(seen.size()).isEqualTo(count + 1);
	}
}
