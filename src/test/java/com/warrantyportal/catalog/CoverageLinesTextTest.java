package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.warrantyportal.eligibility.CoverageLine;

import org.junit.jupiter.api.Test;

class CoverageLinesTextTest {

	@Test
	void readsOneLinePerComponent() {
		var parsed = CoverageLinesText.parse("*: 24, 24\r\nCompressor : 120,12\n\n");
		assertThat(parsed.ok()).isTrue();
		assertThat(parsed.lines()).containsExactly(new CoverageLine("*", 24, 24), new CoverageLine("compressor", 120, 12));
	}

	@Test
	void saysWhichLineIsWrong() {
		assertThat(CoverageLinesText.parse("*: 12, 12\ncompressor 120 12").problem()).startsWith("Line 2 should look like");
		assertThat(CoverageLinesText.parse("*: 12, 12\n*: 6, 6").problem()).isEqualTo("Line 2: * appears twice.");
	}

	@Test
	void needsTheCatchAllLine() {
		assertThat(CoverageLinesText.parse("compressor: 120, 12").problem()).startsWith("Add a line for *");
	}

	@Test
	void formatsWhatItParses() {
		var parsed = CoverageLinesText.parse("*: 12, 6\nbattery: 6, 6");
		assertThat(CoverageLinesText.parse(CoverageLinesText.format(parsed.lines())).lines()).isEqualTo(parsed.lines());
	}
}
