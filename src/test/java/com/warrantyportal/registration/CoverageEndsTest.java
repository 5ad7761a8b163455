package com.warrantyportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.CoveragePeriod;
import com.warrantyportal.eligibility.WarrantyTerms;
import org.junit.jupiter.api.Test;

/** Which coverage ends a product has reminders for: each line's parts and labour ends, without repeats. */
class CoverageEndsTest {

	private static final LocalDate BOUGHT = LocalDate.of(2026, 1, 31);

	private static List<CoverageEnds.End> endsOf(List<CoverageLine> lines, int planMonths) {
		WarrantyTerms terms = new WarrantyTerms(lines, true, 30, 90, 0, 30);
		return CoverageEnds.ends(CoveragePeriod.forEveryLine(terms, planMonths, BOUGHT, true, null, BOUGHT));
	}

	@Test
	void partsAndLabourEndingTheSameDayAreOneEndAndAComponentLineAddsOnlyItsOwnEnds() {
		assertThat(endsOf(List.of(new CoverageLine("*", 24, 24), new CoverageLine("compressor", 120, 12)), 0))
			.containsExactly(new CoverageEnds.End("ALL", "ALL", null, LocalDate.of(2028, 1, 30)),
					new CoverageEnds.End("PARTS:compressor", "PARTS", "compressor", LocalDate.of(2036, 1, 30)),
					new CoverageEnds.End("LABOUR:compressor", "LABOUR", "compressor", LocalDate.of(2027, 1, 30)));
	}

	@Test
	void partsAndLabourEndingApartAreTwoEndsAndPlansMoveBoth() {
		assertThat(endsOf(List.of(new CoverageLine("*", 24, 12)), 12)).containsExactly(
				new CoverageEnds.End("PARTS", "PARTS", null, LocalDate.of(2029, 1, 30)),
				new CoverageEnds.End("LABOUR", "LABOUR", null, LocalDate.of(2028, 1, 30)));
	}

	@Test
	void aComponentLineLikeTheCatchAllLineAddsNothing() {
		assertThat(endsOf(List.of(new CoverageLine("*", 12, 12), new CoverageLine("drum", 12, 12)), 0))
			.extracting(CoverageEnds.End::line)
			.containsExactly("ALL");
	}
}
