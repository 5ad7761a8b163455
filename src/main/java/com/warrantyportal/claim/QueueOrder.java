package com.warrantyportal.claim;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders of the staff queue, each named in the query string ({@link #param()}) and belonging to a column of the
 * queue's table ({@link #column()}). Clicking a column's header sorts by it; clicking it again turns the order round
 * ({@link #flipped()}) where that means something: due times have one useful order, soonest first.
 */
public enum QueueOrder {

	/** Waiting longest first: the default. */
	OLDEST("", "age"),
	NEWEST("newest", "age"),
	/** Soonest due first; paused and decided claims (no due time) after them, in filing order. */
	DUE("due", "due"),
	/** Model number A to Z (as model numbers are compared: upper case, no spaces or dashes), oldest first within one. */
	MODEL("model", "model"),
	MODEL_DESC("model-desc", "model"),
	/** Workflow order (submitted, in review, waiting for the owner, approved, …), oldest first within one. */
	STATUS("status", "status"),
	STATUS_DESC("status-desc", "status");

	private final String param;

	private final String column;

	QueueOrder(String param, String column) {
		this.param = param;
		this.column = column;
	}

	public static Optional<QueueOrder> of(String param) {
		String wanted = param == null ? "" : param;
		return Arrays.stream(values()).filter(order -> order.param.equals(wanted)).findFirst();
	}

	/** The order's name in the query string; empty for the default. */
	public String param() {
		return param;
	}

	/** The column the order sorts by: {@code age}, {@code due}, {@code model} or {@code status}. */
	public String column() {
		return column;
	}

	/** Reversed order of the sort key: newest first, model numbers Z to A, statuses from the end of the workflow. */
	public boolean descending() {
		return this == NEWEST || this == MODEL_DESC || this == STATUS_DESC;
	}

	/** The order a second click on the column's header gives: the other direction, or this one if it has none. */
	public QueueOrder flipped() {
		return switch (this) {
			case OLDEST -> NEWEST;
			case NEWEST -> OLDEST;
			case DUE -> DUE;
			case MODEL -> MODEL_DESC;
			case MODEL_DESC -> MODEL;
			case STATUS -> STATUS_DESC;
			case STATUS_DESC -> STATUS;
		};
	}

	/** The order a first click on the column's header gives. */
	public static QueueOrder firstOf(String column) {
		return Arrays.stream(values()).filter(order -> order.column.equals(column) && !order.descending()).findFirst()
			.orElseThrow();
	}
}
