package com.warrantyportal.infrastructure.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open which page. URL rules here are the first fence; services repeat the important ones with
 * {@code @PreAuthorize}, and owner data is additionally scoped to the signed-in owner in every query.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** The portal uses none of the browser's powerful features, so no page (or anything framed in it) may. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

	/** A year, for this host and its subdomains; browsers heed it only over HTTPS, and it is sent only then. */
	static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

	/** A mail's one-click unsubscribe link. */
	static final String UNSUBSCRIBE = "/unsubscribe/*";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
			.requestMatchers("/assets/**", "/images/**").permitAll()
			.requestMatchers(EndpointRequest.to("health")).permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
			.requestMatchers("/", "/login", "/signup", "/signup/done", "/confirm-email", "/check", "/error",
					"/forgot-password", "/reset-password", UNSUBSCRIBE)
			.permitAll()
			// The integration API's documentation is public; the API itself has its own rules (ApiSecurityConfiguration).
			.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/api/docs", "/api/swagger-ui/**").permitAll()
			.requestMatchers("/my/**").hasRole("OWNER")
			// Reports are for supervisors and administrators, not agents.
			.requestMatchers("/staff/reports", "/staff/reports/**").hasAnyRole("SUPERVISOR", "ADMIN")
			.requestMatchers("/staff/**").hasAnyRole("AGENT", "SUPERVISOR")
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/home", true)
				.failureHandler(new SignInFailureHandler()).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			// The CSRF token travels in an HttpOnly cookie beside the form field (double submit), not in the session: a
			// visitor who only opens the sign-in page or the serial check creates no session row.
			// Mail clients post a mail's unsubscribe link themselves (RFC 8058 one-click), with no session and no token;
			// the link's own random token is what proves it came from the mail.
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(UNSUBSCRIBE))
			// Sessions live in the database (Spring Session JDBC), indexed by the signed-in address, so switching an
			// account off deletes its sessions on every instance at once (StaffAccounts).
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				// Behind a TLS-terminating proxy a request counts as HTTPS only when a trusted proxy says so
				// (X-Forwarded-Proto from WARRANTY_TRUSTED_PROXIES), so a plain-HTTP client cannot ask for this header.
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookiePath("/");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * No tracing spans around each security filter, authentication and authorisation: nothing here collects traces,
	 * and wrapping every filter of every request in an observation cost about a tenth of a signed-in page's time.
	 * The request metrics (http.server.requests) stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
