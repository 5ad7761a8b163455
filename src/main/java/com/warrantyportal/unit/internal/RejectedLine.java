package com.warrantyportal.unit.internal;

/**
 * A line of a registry file that was not loaded: its line number, why, the value at fault, the earlier line for a
 * duplicate, and the line as read (cut to {@link #RAW_LENGTH} characters).
 */
public record RejectedLine(long line, RejectionReason reason, String detail, Long otherLine, String raw) {

	public static final int RAW_LENGTH = 500;

	public static final int DETAIL_LENGTH = 255;

	public RejectedLine {
		raw = cut(raw, RAW_LENGTH);
		detail = cut(detail, DETAIL_LENGTH);
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}
}
