package com.warrantyportal.unit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.unit.SerialNumber;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RegistryLinesTest {

	private static final RegistryCsv.Columns ALL_COLUMNS = new RegistryCsv.Columns(0, 1, 2, 3, 4, 5);

	private final RegistryLines lines = new RegistryLines(ALL_COLUMNS,
			Map.of(ModelNumber.normalise("NF-FR500"), 7L, ModelNumber.normalise("NF-WM700"), 8L), ModelNumber::normalise);

	private static CSVRecord record(String line) {
		try (CSVParser parser = RegistryCsv.parse(new StringReader(line))) {
			return parser.iterator().next();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RegistryLines.Checked check(String line) {
		return lines.check(record(line));
	}

	@Test
	void turnsAGoodLineIntoARowWithTheModelNumberComparedAsTheCatalogueDoes() {
		assertThat(check("2411nf-00042 , nf fr-500,2024-03-11,2024-04-02,UK")).isEqualTo(new RegistryLines.Good(
				new RegistryRow("2411NF00042", "2411nf-00042", 7L, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 4, 2),
						"UK")));
	}

	@Test
	void takesEmptyDatesAndRegionAsUnknown() {
		assertThat(check("2411NF00042,NF-WM700,,,")).isEqualTo(
				new RegistryLines.Good(new RegistryRow("2411NF00042", "2411NF00042", 8L, null, null, null)));
	}

	@Test
	void normalisesSerialsExactlyAsSerialNumberDoes() {
		for (String typed : new String[] { "2411NF00042", "2411nf00042", "sn 12-ab", " ab\tc ", "ÄBC", "x--y", "A" }) {
			assertThat(RegistryLines.serial(typed)).as(typed).isEqualTo(SerialNumber.of(typed));
		}
	}

	@Test
	void explainsWhyABadLineIsNotLoaded() {
		assertThat(check("2411NF00042,XY-1,2024-03-11,,")).isEqualTo(bad(RejectionReason.UNKNOWN_MODEL, "XY-1"));
		assertThat(check("2411NF00042,NF-FR500,2024-13-01,,"))
			.isEqualTo(bad(RejectionReason.BAD_MANUFACTURE_DATE, "2024-13-01"));
		assertThat(check("2411NF00042,NF-FR500,2023-02-29,,"))
			.isEqualTo(bad(RejectionReason.BAD_MANUFACTURE_DATE, "2023-02-29"));
		assertThat(check("2411NF00042,NF-FR500,0999-12-31,,"))
			.isEqualTo(bad(RejectionReason.BAD_MANUFACTURE_DATE, "0999-12-31"));
		assertThat(check("2411NF00042,NF-FR500,11/03/2024,,"))
			.isEqualTo(bad(RejectionReason.BAD_MANUFACTURE_DATE, "11/03/2024"));
		assertThat(check("2411NF00042,NF-FR500,2024-03-11,2024-3-12,"))
			.isEqualTo(bad(RejectionReason.BAD_SHIP_DATE, "2024-3-12"));
		assertThat(check("2411NF00042,NF-FR500,2024-03-11,2024-03-10,"))
			.isEqualTo(bad(RejectionReason.SHIP_BEFORE_MANUFACTURE, "2024-03-10"));
		assertThat(check(" - ,NF-FR500,2024-03-11,,")).isEqualTo(bad(RejectionReason.EMPTY_SERIAL, null));
		assertThat(check("2411NF00042, ,2024-03-11,,")).isEqualTo(bad(RejectionReason.EMPTY_MODEL, null));
		assertThat(check("2411NF00042,NF-FR500,2024-03-11")).isEqualTo(bad(RejectionReason.FIELD_COUNT, "3"));
		assertThat(check("S".repeat(65) + ",NF-FR500,2024-03-11,,"))
			.isEqualTo(bad(RejectionReason.SERIAL_TOO_LONG, "S".repeat(65)));
		assertThat(check("2411NF00042,NF-FR500,2024-03-11,," + "r".repeat(65)))
			.isEqualTo(bad(RejectionReason.REGION_TOO_LONG, "r".repeat(65)));
	}

	@Test
	void remembersResolvedModelsAndDatesWithoutMixingThemUp() {
		for (int i = 0; i < 3; i++) {
			assertThat(check("A" + i + ",NF-FR500,2024-03-11,,")).isInstanceOf(RegistryLines.Good.class);
			assertThat(check("B" + i + ",NF-FR501,2024-03-11,,")).isEqualTo(bad(RejectionReason.UNKNOWN_MODEL, "NF-FR501"));
			assertThat(check("C" + i + ",NF-FR500,2024-02-30,,"))
				.isEqualTo(bad(RejectionReason.BAD_MANUFACTURE_DATE, "2024-02-30"));
		}
	}

	private static RegistryLines.Bad bad(RejectionReason reason, String detail) {
		return new RegistryLines.Bad(reason, detail);
	}
}
