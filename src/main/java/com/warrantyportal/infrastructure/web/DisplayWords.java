package com.warrantyportal.infrastructure.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts as pages say them ({@code 1 unit}, {@code 2 units}, {@code 1,250 units}), and identifiers kept whole. */
@TemplateHelper("words")
public class DisplayWords {

	/** A word with a hyphen inside it: a claim number ({@code WC-2026-000005}), a serial, a model number. */
	private static final Pattern HYPHENATED = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+");

	/** A piece of a text: whether it is to be kept on one line. */
	public record Piece(String text, boolean whole) {
	}

	/**
	 * A text cut into pieces so that its hyphenated identifiers can be shown unbroken (the page puts each such piece
	 * in a {@code nowrap} span) while the text copies exactly as it is.
	 */
	public List<Piece> keepTogether(String text) {
		List<Piece> pieces = new ArrayList<>();
		if (text == null) {
			return pieces;
		}
		Matcher matcher = HYPHENATED.matcher(text);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				pieces.add(new Piece(text.substring(at, matcher.start()), false));
			}
			pieces.add(new Piece(matcher.group(), true));
			at = matcher.end();
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), false));
		}
		return pieces;
	}

	public String count(Number n, String one, String many) {
		long value = n == null ? 0 : n.longValue();
		return NumberFormat.getIntegerInstance(Locale.UK).format(value) + " " + (value == 1 ? one : many);
	}
}
