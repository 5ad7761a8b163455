package com.warrantyportal.portal.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers as an RFC 9457 problem: its status, a short title, the detail in words, and for bad input
 * each field with its message.
 */
class ApiProblem extends RuntimeException {

	/** One field of the request and what is wrong with it. */
	record FieldError(String field, String message) {
	}

	private final HttpStatus status;

	private final String title;

	private final List<FieldError> errors;

	ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
		super(detail);
		this.status = status;
		this.title = title;
		this.errors = List.copyOf(errors);
	}

	static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "Not allowed for this token", detail, List.of());
	}

	static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
	}

	static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
	}

	/** Nothing wrong with the request: something the portal needs does not answer; the same request may be sent again. */
	static ApiProblem unavailable(String detail) {
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Try again later", detail, List.of());
	}

	static ApiProblem invalid(List<FieldError> errors) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields",
				errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
	}

	static ApiProblem invalid(String field, String message) {
		return invalid(List.of(new FieldError(field, message)));
	}

	HttpStatus status() {
		return status;
	}

	String title() {
		return title;
	}

	List<FieldError> errors() {
		return errors;
	}
}
