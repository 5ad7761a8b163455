package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.catalog.SerialPattern.Group;
import com.warrantyportal.unit.SerialNumber;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SerialPatternTest {

	private final SerialPattern weekly = SerialPattern.of("(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{5}");

	private final SerialPattern daily = SerialPattern.of("(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})?W\\d{3}");

	private static String code(String pattern) {
		return SerialPattern.parse(pattern).problem().code();
	}

	@Test
	void matchesOnlyTheWholeNormalisedSerial() {
		assertThat(weekly.matches("2411NF00042")).isTrue();
		assertThat(weekly.matches("NF2411")).isFalse();
		assertThat(weekly.matches("2411NF00042X")).isFalse();
		assertThat(weekly.matches("X2411NF00042")).isFalse();
		assertThat(weekly.matches(null)).isFalse();
	}

	@Test
	void readsTheIsoWeekAsTheMondayOfThatWeekAndSaysWhichGroupsGaveIt() {
		// ISO week 11 of 2024 starts on Monday 11 March 2024.
		SerialPattern.Decoding decoding = weekly.decode("2411NF00042");
		assertThat(decoding.matches()).isTrue();
		assertThat(decoding.date()).isEqualTo(LocalDate.of(2024, 3, 11));
		assertThat(decoding.groups()).containsExactly(new Group("year", "24"), new Group("week", "11"));
		assertThat(decoding.reason()).isNull();
	}

	@Test
	void weekOneCanStartInTheYearBefore() {
		assertThat(weekly.manufactureDate("2501NF00042")).contains(LocalDate.of(2024, 12, 30));
	}

	@Test
	void readsAMonthAndDayAndTheFirstOfTheMonthWithoutADay() {
		assertThat(daily.manufactureDate("20250214W001")).contains(LocalDate.of(2025, 2, 14));
		assertThat(daily.manufactureDate("202502W001")).contains(LocalDate.of(2025, 2, 1));
		assertThat(daily.decode("202502W001").groups()).containsExactly(new Group("year", "2025"),
				new Group("month", "02"));
	}

	@Test
	void aYearAloneGivesTheFirstOfJanuaryAndTwoDigitsMeanThisCentury() {
		assertThat(SerialPattern.of("(?<year>\\d{2})X\\d+").manufactureDate("24X1")).contains(LocalDate.of(2024, 1, 1));
		assertThat(SerialPattern.of("(?<year>\\d{4})X\\d+").manufactureDate("1999X1"))
			.contains(LocalDate.of(1999, 1, 1));
	}

	@Test
	void acceptsPythonStyleGroupNamesToo() {
		assertThat(SerialPattern.of("(?P<year>\\d{2})(?P<week>\\d{2})\\d+").manufactureDate("241100"))
			.contains(LocalDate.of(2024, 3, 11));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2454NF00042", "2400NF00042", "2553NF00042" })
	void aWeekThatDoesNotExistGivesNoDateWithAReason(String serial) {
		SerialPattern.Decoding decoding = weekly.decode(serial);
		assertThat(decoding.matches()).isTrue();
		assertThat(decoding.date()).isNull();
		assertThat(decoding.reason().code()).isEqualTo("serialFormat.decode.week");
	}

	@Test
	void week53ExistsOnlyInLongIsoYears() {
		assertThat(weekly.manufactureDate("2653NF00042")).contains(LocalDate.of(2026, 12, 28));
		assertThat(weekly.decode("2553NF00042").reason().args()).containsExactly(53, 2025, 52L);
	}

	@Test
	void anImpossibleMonthOrDayGivesNoDateWithAReasonInsteadOfAnError() {
		assertThat(daily.decode("202513W001").reason().code()).isEqualTo("serialFormat.decode.month");
		assertThat(daily.decode("20250431W001").reason().code()).isEqualTo("serialFormat.decode.day");
		assertThat(daily.decode("20250431W001").reason().args()).containsExactly(31, "April", 2025, 30);
		assertThat(daily.decode("20240229W001").date()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(daily.decode("20250229W001").date()).isNull();
		assertThat(daily.decode("20250200W001").reason().code()).isEqualTo("serialFormat.decode.day");
	}

	@Test
	void aYearOfAnotherLengthGivesNoDate() {
		assertThat(SerialPattern.of("(?<year>\\d{3})X").decode("202X").reason().code())
			.isEqualTo("serialFormat.decode.year");
		assertThat(SerialPattern.of("(?<year>[A-Z0-9]{2})X").decode("2AX").reason().code())
			.isEqualTo("serialFormat.decode.year");
	}

	@Test
	void aMatchWithoutDateGroupsOrWithAnOptionalYearMissingGivesNoDate() {
		SerialPattern.Decoding plain = SerialPattern.of("BL\\d{8}").decode("BL24000777");
		assertThat(plain.matches()).isTrue();
		assertThat(plain.reason().code()).isEqualTo("serialFormat.decode.noDateGroups");
		SerialPattern.Decoding optional = SerialPattern.of("(?<year>\\d{2})?X\\d+").decode("X12");
		assertThat(optional.matches()).isTrue();
		assertThat(optional.reason().code()).isEqualTo("serialFormat.decode.groupMissing");
		assertThat(weekly.decode("NF2411").reason().code()).isEqualTo("serialFormat.decode.noMatch");
		assertThat(weekly.decode("A".repeat(65)).reason().code()).isEqualTo("serialFormat.decode.tooLong");
	}

	@Test
	void onlyTheFourDateGroupNamesAreAllowed() {
		assertThat(SerialPattern.parse("(?<lot>\\d+)").problem())
			.isEqualTo(new SerialPattern.Reason("serialFormat.pattern.unknownGroup", List.of("lot")));
		assertThat(code("(?<yaer>\\d{2})\\d+")).isEqualTo("serialFormat.pattern.unknownGroup");
		assertThat(SerialPattern.parse("(\\d{2})(?:[A-Z]+)").ok()).isTrue();
	}

	@Test
	void monthWeekAndDayNeedAYearDayNeedsAMonthAndWeekAndMonthDoNotMix() {
		assertThat(code("(?<week>\\d{2})X")).isEqualTo("serialFormat.pattern.needsYear");
		assertThat(code("(?<month>\\d{2})(?<day>\\d{2})X")).isEqualTo("serialFormat.pattern.needsYear");
		assertThat(code("(?<year>\\d{2})(?<day>\\d{2})X")).isEqualTo("serialFormat.pattern.dayNeedsMonth");
		assertThat(code("(?<year>\\d{2})(?<week>\\d{2})(?<month>\\d{2})"))
			.isEqualTo("serialFormat.pattern.weekAndMonth");
	}

	@Test
	void invalidSyntaxIsExplainedWithThePartAtFault() {
		SerialPattern.Reason missing = SerialPattern.parse("(?<year>\\d{2}").problem();
		assertThat(missing.code()).isEqualTo("serialFormat.syntax.missingParen");
		assertThat(missing.args().get(0)).isEqualTo("(?<year>\\d{2}");
		assertThat(code("[A-Z")).isEqualTo("serialFormat.syntax.missingBracket");
		assertThat(code("(?=A)\\d")).isEqualTo("serialFormat.syntax.perl");
		assertThat(code("(A)\\1")).isEqualTo("serialFormat.syntax.escape");
		assertThat(code("A{1001}")).isEqualTo("serialFormat.syntax.repeatCount");
		assertThat(code("A**")).isEqualTo("serialFormat.syntax.nestedRepeat");
		assertThat(code("(?<year>\\d)(?<year>\\d)")).isEqualTo("serialFormat.syntax.duplicateName");
		assertThat(code("")).isEqualTo("serialFormat.pattern.required");
		assertThat(code("A".repeat(256))).isEqualTo("serialFormat.pattern.tooLong");
	}

	@Test
	void aPatternThatCouldNeverMatchANormalisedSerialIsRefused() {
		assertThat(code("\\d{4}-\\d+")).isEqualTo("serialFormat.pattern.spaceOrDash");
		assertThat(code("NF \\d+")).isEqualTo("serialFormat.pattern.spaceOrDash");
		assertThat(code("bl\\d{8}")).isEqualTo("serialFormat.pattern.lowerCase");
		assertThat(SerialPattern.parse("(?i)bl\\d{8}").ok()).isTrue();
		assertThat(SerialPattern.parse("[A-Z-]\\p{Lu}\\x41[[:alpha:]]\\d{2,4}").ok()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "((A{999}B){999}C){999}", "((((.{1000}){1000}){1000}){1000})", "(?:A{1000}){1000}",
			"((((((((((A{9}){9}){9}){9}){9}){9}){9}){9}){9}){9})" })
	void aPathologicalPatternIsRefusedQuicklyBeforeItIsCompiled(String pattern) {
		SerialPattern.Parsed parsed = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> SerialPattern.parse(pattern));
		assertThat(parsed.problem().code()).isEqualTo("serialFormat.pattern.tooLarge");
	}

	@Test
	void matchingTakesLinearTimeWhereBacktrackingWouldNot() {
		// java.util.regex needs about fib(64) steps for this; RE2/J answers at once.
		SerialPattern nested = SerialPattern.of("(A|AA)+B");
		assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThat(nested.matches("A".repeat(64))).isFalse());
		SerialPattern stars = SerialPattern.of("(.*)*(.*)*(.*)*X");
		assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThat(stars.matches("A".repeat(64))).isFalse());
	}

	@Test
	void ordinaryFormatsAreFarBelowTheSizeLimit() {
		assertThat(PatternSize.of("(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{5}")).isLessThan(100);
		assertThat(PatternSize.of("\\d{10}[A-Z]{10}\\d{10}(?:-[A-Z]{3})?")).isLessThan(200);
		assertThat(SerialPattern.parse("[A-Z0-9]{64}|\\d{64}").ok()).isTrue();
	}

	@Test
	void aSavedPatternIsCheckedWhenBuilt() {
		assertThatThrownBy(() -> SerialPattern.of("(?<lot>\\d+)")).isInstanceOf(IllegalArgumentException.class);
		assertThat(SerialPattern.of("BL\\d{8}").dateGroups()).isEmpty();
		assertThat(daily.dateGroups()).containsExactly("year", "month", "day");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sn 12-ab", " 2411-nf 00042 ", "BL\t24-000-777", "", "ß-ü" })
	void samplesAreNormalisedAsUnitsCompareSerials(String typed) {
		assertThat(SerialFormatAdmin.normalise(typed)).isEqualTo(SerialNumber.normalise(typed));
	}
}
