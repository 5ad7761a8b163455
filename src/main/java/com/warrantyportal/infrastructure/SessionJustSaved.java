package com.warrantyportal.infrastructure;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * The session this thread saved last, kept until the next session read on the thread: Spring Session reads the
 * session again right after saving it, and {@link SharedSessions} answers that read with it. As a filter in front of
 * Spring Session's it empties the thread when each request begins and ends, so a session saved in one request never
 * answers a read in another.
 */
final class SessionJustSaved implements Filter {

	private static final ThreadLocal<SharedSessions.SharedSession> SAVED = new ThreadLocal<>();

	static void remember(SharedSessions.SharedSession session) {
		SAVED.set(session);
	}

	/** The session just saved if it has this id; the thread forgets it either way. */
	static SharedSessions.SharedSession take(String id) {
		SharedSessions.SharedSession saved = SAVED.get();
		SAVED.remove();
		return saved != null && saved.getId().equals(id) ? saved : null;
	}

	static void forget() {
		SAVED.remove();
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		forget();
		try {
			chain.doFilter(request, response);
		}
		finally {
			forget();
		}
	}
}
