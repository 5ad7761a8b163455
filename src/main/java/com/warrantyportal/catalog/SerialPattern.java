package com.warrantyportal.catalog;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A manufacturer's serial format as a compiled pattern: whether a normalised serial has its shape, and which
 * manufacture date the serial encodes through the named groups {@code year}, {@code month}, {@code week} and
 * {@code day}. Pure Java: no Spring, no database, no clock.
 * <p>
 * Administrators type these patterns, so they are compiled with RE2/J, which matches in time linear in the serial's
 * length whatever the pattern, and their compiled size is bounded before compiling ({@link PatternSize}). A pattern
 * must match the <em>whole</em> normalised serial: capitals, no spaces or dashes.
 * <p>
 * Rules for the date: a 2-digit year is 20yy, a 4-digit one is taken as is; {@code week} is the ISO week (the date is
 * its Monday); {@code month} with an optional {@code day} is that date (day 1 without one); a year alone is 1 January.
 * A pattern may not combine {@code week} and {@code month} (two calendars that can disagree), nor use {@code month},
 * {@code week} or {@code day} without {@code year}, nor {@code day} without {@code month}. Other group names are
 * refused, so that a typo such as {@code (?<yaer>...)} cannot silently decode nothing.
 */
public final class SerialPattern {

	public static final int MAX_LENGTH = 255;

	/** Patterns whose compiled size could exceed this many instructions are refused; real formats need a few dozen. */
	public static final long MAX_SIZE = 5_000;

	/** The longest serial as compared, as {@code unit.SerialNumber.MAX_LENGTH} says. */
	public static final int MAX_SERIAL_LENGTH = 64;

	public static final String YEAR = "year";

	public static final String MONTH = "month";

	public static final String WEEK = "week";

	public static final String DAY = "day";

	/** The group names that have a meaning, in the order a date reads. */
	public static final List<String> DATE_GROUPS = List.of(YEAR, MONTH, WEEK, DAY);

	/** RE2/J's description of each syntax error, and the message key that says it in words. */
	private static final Map<String, String> SYNTAX_ERRORS = Map.ofEntries(
			Map.entry("missing closing )", "serialFormat.syntax.missingParen"),
			Map.entry("unexpected )", "serialFormat.syntax.unexpectedParen"),
			Map.entry("missing closing ]", "serialFormat.syntax.missingBracket"),
			Map.entry("invalid character class", "serialFormat.syntax.charClass"),
			Map.entry("invalid character class range", "serialFormat.syntax.charRange"),
			Map.entry("invalid escape sequence", "serialFormat.syntax.escape"),
			Map.entry("trailing backslash at end of expression", "serialFormat.syntax.trailingBackslash"),
			Map.entry("invalid named capture", "serialFormat.syntax.namedCapture"),
			Map.entry("duplicate capture group name", "serialFormat.syntax.duplicateName"),
			Map.entry("invalid or unsupported Perl syntax", "serialFormat.syntax.perl"),
			Map.entry("invalid nested repetition operator", "serialFormat.syntax.nestedRepeat"),
			Map.entry("invalid repeat count", "serialFormat.syntax.repeatCount"),
			Map.entry("missing argument to repetition operator", "serialFormat.syntax.missingRepeatArgument"));

	private static final java.util.regex.Pattern IGNORE_CASE = java.util.regex.Pattern.compile("\\(\\?[a-zA-Z]*i");

	private final String source;

	private final Pattern compiled;

	private final Set<String> dateGroups;

	private SerialPattern(String source, Pattern compiled) {
		this.source = source;
		this.compiled = compiled;
		this.dateGroups = compiled.namedGroups().keySet();
	}

	/**
	 * A reason in words for the person reading it: a message key of the {@code serial-formats} bundle and its
	 * arguments.
	 */
	public record Reason(String code, List<Object> args) {

		public Reason {
			Objects.requireNonNull(code, "code");
			args = List.copyOf(args);
		}

		static Reason of(String code, Object... args) {
			return new Reason(code, List.of(args));
		}

		/** The arguments as message sources and Thymeleaf's {@code #messages.msgWithParams} take them. */
		public Object[] arguments() {
			return args.toArray();
		}
	}

	/** The pattern when it can be used, else why not (see {@link SerialPattern#parse(String)}). */
	public record Parsed(SerialPattern pattern, Reason problem) {

		public boolean ok() {
			return problem == null;
		}
	}

	/** One named group that took part in a match and the digits it captured. */
	public record Group(String name, String text) {
	}

	/**
	 * What a serial says about its manufacture: whether it matches, and the date with the groups that gave it, or the
	 * reason there is none (the serial does not match, the pattern has no date groups, or the digits make no date).
	 */
	public record Decoding(boolean matches, LocalDate date, List<Group> groups, Reason reason) {

		public Decoding {
			groups = List.copyOf(groups);
		}

		public boolean hasDate() {
			return date != null;
		}
	}

	/** Checks and compiles an administrator's pattern; never throws for what they typed. */
	public static Parsed parse(String source) {
		if (source == null || source.isBlank()) {
			return new Parsed(null, Reason.of("serialFormat.pattern.required"));
		}
		if (source.length() > MAX_LENGTH) {
			return new Parsed(null, Reason.of("serialFormat.pattern.tooLong", MAX_LENGTH, source.length()));
		}
		if (PatternSize.of(source) > MAX_SIZE) {
			return new Parsed(null, Reason.of("serialFormat.pattern.tooLarge"));
		}
		Pattern compiled;
		try {
			compiled = Pattern.compile(source);
		}
		catch (PatternSyntaxException ex) {
			String key = SYNTAX_ERRORS.getOrDefault(ex.getDescription(), "serialFormat.syntax.other");
			return new Parsed(null, Reason.of(key, ex.getPattern(), ex.getDescription()));
		}
		Set<String> names = compiled.namedGroups().keySet();
		for (String name : names) {
			if (!DATE_GROUPS.contains(name)) {
				return new Parsed(null, Reason.of("serialFormat.pattern.unknownGroup", name));
			}
		}
		for (String name : List.of(MONTH, WEEK, DAY)) {
			if (names.contains(name) && !names.contains(YEAR)) {
				return new Parsed(null, Reason.of("serialFormat.pattern.needsYear", name));
			}
		}
		if (names.contains(WEEK) && names.contains(MONTH)) {
			return new Parsed(null, Reason.of("serialFormat.pattern.weekAndMonth"));
		}
		if (names.contains(DAY) && !names.contains(MONTH)) {
			return new Parsed(null, Reason.of("serialFormat.pattern.dayNeedsMonth"));
		}
		Reason neverMatches = literalThatNeverMatches(source);
		if (neverMatches != null) {
			return new Parsed(null, neverMatches);
		}
		return new Parsed(new SerialPattern(source, compiled), null);
	}

	/**
	 * A pattern known to be valid, e.g. one already saved.
	 * @throws IllegalArgumentException with the reason when it is not
	 */
	public static SerialPattern of(String source) {
		Parsed parsed = parse(source);
		if (!parsed.ok()) {
			throw new IllegalArgumentException("Invalid serial pattern " + source + ": " + parsed.problem());
		}
		return parsed.pattern();
	}

	/**
	 * Serials are compared in capitals without spaces or dashes, so a space, a dash or a small letter written as a
	 * literal outside a character class can never match (unless the pattern ignores case with {@code (?i)}).
	 */
	private static Reason literalThatNeverMatches(String source) {
		boolean ignoresCase = IGNORE_CASE.matcher(source).find();
		int n = source.length();
		int i = 0;
		while (i < n) {
			char c = source.charAt(i);
			if (c == '\\' && i + 1 < n) {
				char escaped = source.charAt(i + 1);
				if (escaped == '-' || escaped == ' ') {
					return Reason.of("serialFormat.pattern.spaceOrDash");
				}
				// \x41 names a character by its hex digits, which are not literals.
				i += escaped == 'x' && i + 2 < n && source.charAt(i + 2) != '{' ? 4 : 2;
			}
			else if (c == '[') {
				i = PatternSize.afterClass(source, i);
			}
			else if (c == '(' && i + 1 < n && source.charAt(i + 1) == '?') {
				i = afterGroupOpening(source, i);
			}
			else if (c == '{') {
				int close = source.indexOf('}', i);
				i = close < 0 ? i + 1 : close + 1;
			}
			else if (c == ' ' || c == '-') {
				return Reason.of("serialFormat.pattern.spaceOrDash");
			}
			else if (Character.isLowerCase(c) && !ignoresCase) {
				return Reason.of("serialFormat.pattern.lowerCase", String.valueOf(c),
						String.valueOf(c).toUpperCase(Locale.ROOT));
			}
			else {
				i++;
			}
		}
		return null;
	}

	/** Index after {@code (?<name>}, {@code (?P<name>}, {@code (?:}, {@code (?i:} or {@code (?i)} at {@code i}. */
	private static int afterGroupOpening(String source, int i) {
		int n = source.length();
		if (source.startsWith("(?<", i) || source.startsWith("(?P<", i)) {
			int close = source.indexOf('>', i);
			return close < 0 ? n : close + 1;
		}
		int j = i + 2;
		while (j < n && (Character.isLetter(source.charAt(j)) || source.charAt(j) == '-')) {
			j++;
		}
		return Math.min(n, j + 1);
	}

	/** The pattern as the administrator typed it. */
	public String source() {
		return source;
	}

	/** The date groups the pattern names, in the order a date reads: {@code [year, week]}. */
	public List<String> dateGroups() {
		return DATE_GROUPS.stream().filter(dateGroups::contains).toList();
	}

	/** Whether the whole normalised serial has this shape. */
	public boolean matches(String serialKey) {
		return serialKey != null && serialKey.length() <= MAX_SERIAL_LENGTH && compiled.matches(serialKey);
	}

	/** The manufacture date the serial encodes, if it matches and its digits make a date. */
	public java.util.Optional<LocalDate> manufactureDate(String serialKey) {
		return java.util.Optional.ofNullable(decode(serialKey).date());
	}

	/** Matches the whole normalised serial and reads the manufacture date from the named groups, saying why not. */
	public Decoding decode(String serialKey) {
		if (serialKey == null || serialKey.isEmpty()) {
			return new Decoding(false, null, List.of(), Reason.of("serialFormat.decode.empty"));
		}
		if (serialKey.length() > MAX_SERIAL_LENGTH) {
			return new Decoding(false, null, List.of(),
					Reason.of("serialFormat.decode.tooLong", MAX_SERIAL_LENGTH));
		}
		Matcher m = compiled.matcher(serialKey);
		if (!m.matches()) {
			return new Decoding(false, null, List.of(), Reason.of("serialFormat.decode.noMatch"));
		}
		if (!dateGroups.contains(YEAR)) {
			return new Decoding(true, null, List.of(), Reason.of("serialFormat.decode.noDateGroups"));
		}
		List<Group> groups = new ArrayList<>();
		for (String name : DATE_GROUPS) {
			if (dateGroups.contains(name) && m.group(name) != null) {
				groups.add(new Group(name, m.group(name)));
			}
		}
		String year = m.group(YEAR);
		if (year == null) {
			return new Decoding(true, null, groups, Reason.of("serialFormat.decode.groupMissing", YEAR));
		}
		Reason problem = dateProblem(m);
		if (problem != null) {
			return new Decoding(true, null, groups, problem);
		}
		return new Decoding(true, date(m), groups, null);
	}

	/** Why the captured digits make no date, in words; null when they make one. */
	private Reason dateProblem(Matcher m) {
		String year = m.group(YEAR);
		if (!digits(year) || (year.length() != 2 && year.length() != 4)) {
			return Reason.of("serialFormat.decode.year", year);
		}
		int y = year(year);
		if (dateGroups.contains(WEEK)) {
			String week = m.group(WEEK);
			if (week == null) {
				return Reason.of("serialFormat.decode.groupMissing", WEEK);
			}
			if (!digits(week) || week.length() > 2) {
				return Reason.of("serialFormat.decode.notNumber", WEEK, week);
			}
			int w = Integer.parseInt(week);
			long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(y, 1, 4)).getMaximum();
			if (w < 1 || w > weeks) {
				return Reason.of("serialFormat.decode.week", w, y, weeks);
			}
			return null;
		}
		if (dateGroups.contains(MONTH)) {
			String month = m.group(MONTH);
			if (month == null) {
				return Reason.of("serialFormat.decode.groupMissing", MONTH);
			}
			if (!digits(month) || month.length() > 2) {
				return Reason.of("serialFormat.decode.notNumber", MONTH, month);
			}
			int mo = Integer.parseInt(month);
			if (mo < 1 || mo > 12) {
				return Reason.of("serialFormat.decode.month", mo);
			}
			String day = dateGroups.contains(DAY) ? m.group(DAY) : null;
			if (day != null) {
				if (!digits(day) || day.length() > 2) {
					return Reason.of("serialFormat.decode.notNumber", DAY, day);
				}
				int d = Integer.parseInt(day);
				int length = Month.of(mo).length(java.time.Year.isLeap(y));
				if (d < 1 || d > length) {
					return Reason.of("serialFormat.decode.day", d,
							Month.of(mo).getDisplayName(TextStyle.FULL, Locale.ENGLISH), y, length);
				}
			}
		}
		return null;
	}

	private LocalDate date(Matcher m) {
		int y = year(m.group(YEAR));
		try {
			if (dateGroups.contains(WEEK)) {
				return LocalDate.of(y, 1, 4)
					.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(WEEK)))
					.with(DayOfWeek.MONDAY);
			}
			if (dateGroups.contains(MONTH)) {
				String day = dateGroups.contains(DAY) ? m.group(DAY) : null;
				return LocalDate.of(y, Integer.parseInt(m.group(MONTH)), day == null ? 1 : Integer.parseInt(day));
			}
			return LocalDate.of(y, 1, 1);
		}
		catch (DateTimeException ex) {
			// dateProblem has ruled every such case out; a date that still fails is no date, not an error page.
			return null;
		}
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		return digits.length() == 2 ? 2000 + year : year;
	}

	private static boolean digits(String text) {
		return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SerialPattern that && source.equals(that.source);
	}

	@Override
	public int hashCode() {
		return source.hashCode();
	}

	@Override
	public String toString() {
		return source;
	}
}
