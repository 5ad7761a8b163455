package com.warrantyportal.portal.api;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answer where none of its endpoints takes the request: an address that is no endpoint (404), a method
 * the endpoint does not take (405, with {@code Allow}) or a body type it does not read (415), as RFC 9457 problems
 * like the API's other refusals ({@link ApiExceptionAdvice} answers only for its controllers, and these requests
 * reach none). Without it they were answered through the portal's error page, as JSON of another shape. Requests
 * outside {@code /api/v1/} are left to the pages' error handling.
 */
@Component
class ApiUnknownRoutes implements HandlerExceptionResolver, Ordered {

	private final ApiProblemWriter problems;

	ApiUnknownRoutes(JsonMapper json) {
		this.problems = new ApiProblemWriter(json);
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")) {
			return null;
		}
		try {
			if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
				problems.write(response, HttpStatus.NOT_FOUND, "Not found",
						"No endpoint of the API has this address; the API documentation (/api/docs) lists them.");
			}
			else if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
				if (unsupported.getSupportedHttpMethods() != null) {
					response.setHeader(HttpHeaders.ALLOW, unsupported.getSupportedHttpMethods()
						.stream()
						.map(Object::toString)
						.collect(Collectors.joining(", ")));
				}
				problems.write(response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
						"This endpoint does not take " + request.getMethod() + " requests.");
			}
			else if (ex instanceof HttpMediaTypeNotSupportedException) {
				response.setHeader(HttpHeaders.ACCEPT, "application/json");
				problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
						"Send the body as application/json.");
			}
			else {
				return null;
			}
			return new ModelAndView();
		}
		catch (IOException writeFailed) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
