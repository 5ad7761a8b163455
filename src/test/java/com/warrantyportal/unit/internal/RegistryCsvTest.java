package com.warrantyportal.unit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.warrantyportal.unit.RegistryFileRejectedException;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RegistryCsvTest {

	private static RegistryCsv.Columns header(String text) throws IOException {
		try (CSVParser parser = RegistryCsv.parse(new StringReader(text))) {
			return RegistryCsv.header(parser.iterator(), "registry.csv");
		}
	}

	@Test
	void findsTheColumnsInAnyOrderAndCaseAfterASpreadsheetsByteOrderMark() throws IOException {
		RegistryCsv.Columns columns = header("\uFEFFRegion, Manufacture_Date ,serial,model_number\n");
		assertThat(columns).isEqualTo(new RegistryCsv.Columns(2, 3, 1, -1, 0, 4));
		assertThat(header("serial,model_number,manufacture_date")).isEqualTo(
				new RegistryCsv.Columns(0, 1, 2, -1, -1, 3));
	}

	@Test
	void refusesAFileWhoseFirstLineDoesNotNameTheRegistryColumns() {
		assertRejected("serial,model_number\nA,B\n", "registry.file.missingColumn", "manufacture_date");
		assertRejected("serial,model_number,manufacture_date,colour\n", "registry.file.unknownColumn", "colour");
		assertRejected("serial,model_number,serial,manufacture_date\n", "registry.file.duplicateColumn", "serial");
		assertRejected("serial;model_number;manufacture_date\n", "registry.file.semicolons", null);
		assertRejected("", "registry.file.empty", null);
	}

	private static void assertRejected(String text, String key, String column) {
		assertThatThrownBy(() -> header(text)).isInstanceOfSatisfying(RegistryFileRejectedException.class, ex -> {
			assertThat(ex.getMessageKey()).isEqualTo(key);
			assertThat(ex.getArguments()[0]).isEqualTo("registry.csv");
			if (column != null) {
				assertThat(ex.getArguments()[1]).isEqualTo(column);
			}
		});
	}

	@Test
	void numbersEachRecordByTheLineItStartsOnPastEmptyLinesAndQuotedLineBreaks() throws IOException {
		String text = "serial,model_number,manufacture_date\nA,M,\n\nB,\"two\nlines\",\nC,M,2024-01-01";
		List<Long> lines = new ArrayList<>();
		try (CSVParser parser = RegistryCsv.parse(new StringReader(text))) {
			Iterator<CSVRecord> records = parser.iterator();
			RegistryCsv.header(records, "registry.csv");
			while (records.hasNext()) {
				lines.add(RegistryCsv.startLine(parser, records.next()));
			}
		}
		assertThat(lines).containsExactly(2L, 4L, 6L);
	}

	@Test
	void writesARejectedLineBackAsItWasWritten() throws IOException {
		try (CSVParser parser = RegistryCsv.parse(new StringReader(",NF-FR500,2024-03-11\n\"a,b\",\"say \"\"hi\"\"\",x\n"))) {
			Iterator<CSVRecord> records = parser.iterator();
			assertThat(RegistryCsv.raw(records.next())).isEqualTo(",NF-FR500,2024-03-11");
			assertThat(RegistryCsv.raw(records.next())).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",x");
		}
	}
}
