package com.warrantyportal.portal.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.warrantyportal.infrastructure.RateLimits;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its bearer token and applies the token's rate limit, shared by every instance. Every
 * answer to a signed-in request carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}; past the limit it is refused with 429 and {@code Retry-After}. A token that is unknown,
 * expired or revoked is refused with 401; a request without one goes on unauthenticated and is refused by the rules.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	static final String RATE_LIMIT = "api";

	private final ApiClients clients;

	private final RateLimits limits;

	private final int perMinute;

	private final ApiProblemWriter problems;

	ApiTokenFilter(ApiClients clients, RateLimits limits, int perMinute, ApiProblemWriter problems) {
		this.problems = problems;
		this.clients = clients;
		this.limits = limits;
		this.perMinute = perMinute;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiPrincipal> principal = header.regionMatches(true, 0, "Bearer ", 0, 7)
				? clients.authenticate(header.substring(7).strip()) : Optional.empty();
		if (principal.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			problems.write(response, HttpStatus.UNAUTHORIZED, "Unknown API token",
					"The token is not known, has expired or was revoked. Ask the portal's administrator for a new one.");
			return;
		}
		RateLimits.Attempt attempt = limits.take(RATE_LIMIT, String.valueOf(principal.get().clientId()), perMinute);
		if (perMinute > 0) {
			response.setHeader("RateLimit-Limit", String.valueOf(perMinute));
			response.setHeader("RateLimit-Remaining", String.valueOf(Math.max(0, attempt.remaining())));
			response.setHeader("RateLimit-Reset", String.valueOf(attempt.allowed() ? 0 : attempt.retryAfterSeconds()));
		}
		if (!attempt.allowed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(attempt.retryAfterSeconds()));
			problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"This token may make " + perMinute + " requests a minute. Try again in "
							+ attempt.retryAfterSeconds() + " s.");
			return;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal.get(), null, principal.get().authorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
