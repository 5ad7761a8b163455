package com.warrantyportal.catalog;

import java.util.List;

/**
 * Something wrong with an uploaded catalogue file or one of its lines, as a message code of
 * {@code messages/catalog-import.properties} with its arguments, so pages say it in plain words.
 */
public record CsvProblem(String code, List<Object> args) {

	public CsvProblem {
		args = List.copyOf(args);
	}

	public static CsvProblem of(String code, Object... args) {
		return new CsvProblem(code, List.of(args));
	}

	/** The arguments as the message source takes them. */
	public Object[] arguments() {
		return args.toArray();
	}
}
