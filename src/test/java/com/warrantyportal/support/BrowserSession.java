package com.warrantyportal.support;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a browser keeps between MockMvc requests: the session cookie. Sessions live in the database (Spring Session
 * JDBC) under the id the {@value #COOKIE} cookie names, not in the servlet container, so a test carries the cookie as
 * a browser would: {@code mvc.perform(get("/x").with(browser)).andDo(browser.keep())}.
 */
public final class BrowserSession implements RequestPostProcessor {

	public static final String COOKIE = "SESSION";

	private Cookie cookie;

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (cookie != null) {
			request.setCookies(cookie);
		}
		return request;
	}

	/** Keeps the session cookie a response sets (a new session, or a new id after signing in). */
	public ResultHandler keep() {
		return this::keep;
	}

	public MvcResult keep(MvcResult result) {
		Cookie set = result.getResponse().getCookie(COOKIE);
		if (set != null) {
			cookie = set.getMaxAge() == 0 ? null : set;
		}
		return result;
	}

	/** The id of the session in the session table (the cookie holds it Base64-encoded), or null before any session. */
	public String sessionId() {
		return cookie == null ? null
				: new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
						java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The session cookie's value now, or null before any session. */
	public String cookieValue() {
		return cookie == null ? null : cookie.getValue();
	}
}
