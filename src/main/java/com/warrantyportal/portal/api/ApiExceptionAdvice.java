package com.warrantyportal.portal.api;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the API as an RFC 9457 problem ({@code application/problem+json}): 400 for a body that is not
 * JSON, 403 for a scope that does not allow the request, 404, 409 for a conflict, 422 with a field list for invalid
 * fields. Only the API's controllers answer so; the pages keep their own error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice {

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		detail.setTitle(problem.title());
		if (!problem.errors().isEmpty()) {
			detail.setProperty("errors", problem.errors().stream()
				.map(error -> Map.of("field", error.field(), "message", error.message()))
				.toList());
		}
		return ResponseEntity.status(problem.status()).body(detail);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		List<ApiProblem.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new ApiProblem.FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return problem(ApiProblem.invalid(errors));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex) {
		List<ApiProblem.FieldError> errors = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new ApiProblem.FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return problem(ApiProblem.invalid(errors));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return problem(new ApiProblem(HttpStatus.BAD_REQUEST, "The body is not readable",
				"Send the body as JSON in the shape the API documentation gives for this endpoint.", List.of()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(ApiProblem.invalid(ex.getName(), "This value is not of the expected kind."));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(ApiProblem.forbidden("This token's scope does not allow this request."));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException ex) {
		return problem(ApiProblem.conflict("It was changed by someone else meanwhile; read it again and retry."));
	}
}
