package com.warrantyportal.portal.api;

import com.warrantyportal.infrastructure.RateLimits;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The integration API's own rules, ahead of the pages': stateless (no session, no CSRF token: a bearer token signs
 * each request in), every {@code /api/v1} route needs a token, and refusals are problems, never the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiClients clients, RateLimits limits,
			@Value("${warranty.api.requests-per-minute:120}") int perMinute, JsonMapper json) throws Exception {
		ApiProblemWriter problems = new ApiProblemWriter(json);
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API"))
			.addFilterBefore(new ApiTokenFilter(clients, limits, perMinute, problems), AuthorizationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((request, response, ex) -> {
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
					problems.write(response, HttpStatus.UNAUTHORIZED, "API token needed",
							"Send the token an administrator issued you as 'Authorization: Bearer <token>'.");
				})
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"Not allowed for this token", "This token's scope does not allow this request.")))
			.headers(headers -> headers.cacheControl(cache -> { }));
		return http.build();
	}
}
