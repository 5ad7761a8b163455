package com.warrantyportal.infrastructure.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.warrantyportal.infrastructure.web.DatabaseUnavailable;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A sign-in that failed because the accounts could not be read (the database is down) is not a wrong password: it
 * goes on as a failure of the database, which answers with the 503 "temporarily unavailable" page, instead of
 * "e-mail and password do not match".
 */
public class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (DatabaseUnavailable.causedBy(exception)) {
			throw new ServletException("Signing in needs the accounts, which cannot be read now", exception);
		}
		rememberTypedEmail(request, response);
		super.onAuthenticationFailure(request, response, exception);
	}

	/**
	 * The sign-in page shows the e-mail address typed before again, so only the password needs typing: kept for a few
	 * minutes in a cookie for the sign-in page alone (not in the address bar, where it would reach logs).
	 */
	private static void rememberTypedEmail(HttpServletRequest request, HttpServletResponse response) {
		String typed = request.getParameter("email");
		if (typed == null || typed.isBlank()) {
			return;
		}
		String email = typed.strip();
		Cookie cookie = new Cookie(TYPED_EMAIL_COOKIE, URLEncoder.encode(
				email.substring(0, Math.min(email.length(), 254)), StandardCharsets.UTF_8));
		cookie.setPath("/login");
		cookie.setMaxAge(300);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	/** The cookie that carries the typed e-mail address back to the sign-in page after a failed attempt. */
	public static final String TYPED_EMAIL_COOKIE = "SIGN_IN_EMAIL";
}
