package com.warrantyportal.infrastructure.security;

import java.io.IOException;

import com.warrantyportal.infrastructure.web.DatabaseUnavailable;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A sign-in that failed because the accounts could not be read (the database is down) is not a wrong password: it
 * goes on as a failure of the database, which answers with the 503 "temporarily unavailable" page, instead of
 * "e-mail and password do not match".
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (DatabaseUnavailable.causedBy(exception)) {
			throw new ServletException("Signing in needs the accounts, which cannot be read now", exception);
		}
		super.onAuthenticationFailure(request, response, exception);
	}
}
