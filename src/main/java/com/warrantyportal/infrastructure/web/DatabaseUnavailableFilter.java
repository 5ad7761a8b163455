package com.warrantyportal.infrastructure.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * When the database cannot be reached, any page answers at once (the pool waits a few seconds at most) with 503 and a
 * page that says the portal is briefly unavailable and nothing sent was lost, instead of a 500. It sits in front of
 * the session filter, whose session look-up is often the first thing to fail, and renders a page that needs neither
 * the session nor the database. When the database is back, pages work again without a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final SpringTemplateEngine templates;

	private final AssetVersion assets;

	DatabaseUnavailableFilter(SpringTemplateEngine templates, AssetVersion assets) {
		this.templates = templates;
		this.assets = assets;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
				throw failure;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					failure.toString());
			log.debug("Database unavailable", failure);
			response.reset();
			// What the security filters would have set, had the request got that far.
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "same-origin");
			response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType("text/html;charset=UTF-8");
			Context context = new Context(Locale.ENGLISH);
			context.setVariable("assetVersion", assets.value());
			response.getWriter().write(templates.process("error/503", context));
		}
	}
}
