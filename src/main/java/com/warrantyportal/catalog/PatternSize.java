package com.warrantyportal.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;

/**
 * An upper bound of the number of instructions RE2/J would compile a pattern into, read from the pattern's text
 * before RE2/J sees it. RE2/J matches in linear time, but it compiles a counted repetition {@code x{n}} into n copies
 * of x and, unlike Go's regexp, sets no limit: {@code ((a{999}b){999}c){999}} exhausts the heap while compiling. So a
 * pattern whose bound is too large is refused before it is compiled.
 * <p>
 * The tokens follow RE2's syntax where it matters for the count (escapes, {@code \Q...\E}, character classes with
 * {@code [:name:]}, groups, flags, repetitions); an invalid pattern still gets a bound, and RE2/J refuses it afterwards.
 * Every token is counted at least as large as RE2/J compiles it, so the bound is never below the real size.
 */
final class PatternSize {

	/** Counts above RE2's own limit of 1000 are refused by RE2/J anyway; clamping keeps its message for them. */
	private static final int MAX_COUNT = 1001;

	private static final long CAP = 1L << 40;

	private static final java.util.regex.Pattern REPEAT = java.util.regex.Pattern.compile("\\{(\\d{1,9})(,(\\d{0,9}))?}");

	private static final java.util.regex.Pattern NAMED_CLASS = java.util.regex.Pattern.compile("\\[:\\^?[a-z]+:]");

	private PatternSize() {
	}

	/** A sequence being read: the size so far and the size of its last atom, which a repetition applies to. */
	private static final class Sequence {

		long total;

		long last;

		void atom(long size) {
			total = Math.min(CAP, total + size);
			last = size;
		}

		void repeatLast(long times) {
			long repeated = Math.min(CAP, last * times + times);
			total = Math.min(CAP, total - last + repeated);
			last = repeated;
		}
	}

	static long of(String pattern) {
		Deque<Sequence> open = new ArrayDeque<>();
		Sequence current = new Sequence();
		int n = pattern.length();
		int i = 0;
		while (i < n) {
			char c = pattern.charAt(i);
			switch (c) {
				case '\\' -> {
					if (i + 1 < n && pattern.charAt(i + 1) == 'Q') {
						int end = pattern.indexOf("\\E", i + 2);
						int stop = end < 0 ? n : end;
						for (int k = i + 2; k < stop; k++) {
							current.atom(1);
						}
						i = end < 0 ? n : end + 2;
					}
					else {
						current.atom(1);
						i = afterEscape(pattern, i);
					}
				}
				case '[' -> {
					current.atom(1);
					i = afterClass(pattern, i);
				}
				case '(' -> {
					int body = groupBody(pattern, i);
					if (body < 0) {
						// Flags only, like (?i): nothing to match.
						i = pattern.indexOf(')', i) + 1;
					}
					else {
						open.push(current);
						current = new Sequence();
						i = body;
					}
				}
				case ')' -> {
					if (open.isEmpty()) {
						current.atom(1);
					}
					else {
						long group = current.total + 2;
						current = open.pop();
						current.atom(group);
					}
					i++;
				}
				case '|' -> {
					current.total = Math.min(CAP, current.total + 1);
					current.last = 0;
					i++;
				}
				case '*', '+', '?' -> {
					current.repeatLast(1);
					i++;
				}
				case '{' -> {
					Matcher repeat = REPEAT.matcher(pattern).region(i, n);
					if (repeat.lookingAt()) {
						long min = count(repeat.group(1));
						long max = repeat.group(2) == null ? min
								: repeat.group(3).isEmpty() ? min + 1 : count(repeat.group(3));
						current.repeatLast(Math.max(1, Math.max(min, max)));
						i = repeat.end();
					}
					else {
						current.atom(1);
						i++;
					}
				}
				default -> {
					current.atom(1);
					i++;
				}
			}
		}
		while (!open.isEmpty()) {
			long group = current.total + 2;
			current = open.pop();
			current.atom(group);
		}
		return Math.min(CAP, current.total + 2);
	}

	private static long count(String digits) {
		return Math.min(MAX_COUNT, Long.parseLong(digits));
	}

	/** Index after an escape at {@code i}: {@code \d}, {@code \pL}, {@code \p{Greek}}, {@code \x41}, {@code \x{263a}}. */
	private static int afterEscape(String pattern, int i) {
		int n = pattern.length();
		if (i + 1 >= n) {
			return n;
		}
		char kind = pattern.charAt(i + 1);
		if ((kind == 'p' || kind == 'P' || kind == 'x') && i + 2 < n && pattern.charAt(i + 2) == '{') {
			int close = pattern.indexOf('}', i + 3);
			return close < 0 ? n : close + 1;
		}
		if (kind == 'p' || kind == 'P') {
			return Math.min(n, i + 3);
		}
		if (kind == 'x') {
			return Math.min(n, i + 4);
		}
		return i + 2;
	}

	/** Index after the character class starting at {@code i}, or the end when it is not closed. */
	static int afterClass(String pattern, int i) {
		int n = pattern.length();
		int j = i + 1;
		if (j < n && pattern.charAt(j) == '^') {
			j++;
		}
		if (j < n && pattern.charAt(j) == ']') {
			j++; // a ']' first is a literal
		}
		while (j < n) {
			char c = pattern.charAt(j);
			if (c == '\\') {
				j = afterEscape(pattern, j);
				continue;
			}
			if (c == '[') {
				Matcher named = NAMED_CLASS.matcher(pattern).region(j, n);
				if (named.lookingAt()) {
					j = named.end();
					continue;
				}
			}
			if (c == ']') {
				return j + 1;
			}
			j++;
		}
		return n;
	}

	/**
	 * Where the body of the group opened at {@code i} begins, or -1 when {@code (?flags)} only sets flags. Named groups
	 * {@code (?<name>} and {@code (?P<name>}, {@code (?:} and {@code (?i:} are groups.
	 */
	private static int groupBody(String pattern, int i) {
		int n = pattern.length();
		if (i + 1 >= n || pattern.charAt(i + 1) != '?') {
			return i + 1;
		}
		int j = i + 2;
		if (j < n && pattern.charAt(j) == 'P') {
			j++;
		}
		if (j < n && pattern.charAt(j) == '<') {
			int close = pattern.indexOf('>', j);
			return close < 0 ? n : close + 1;
		}
		j = i + 2;
		while (j < n && (Character.isLetter(pattern.charAt(j)) || pattern.charAt(j) == '-')) {
			j++;
		}
		if (j < n && pattern.charAt(j) == ')') {
			return -1;
		}
		return j < n && pattern.charAt(j) == ':' ? j + 1 : i + 2;
	}
}
