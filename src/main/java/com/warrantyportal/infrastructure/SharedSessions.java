package com.warrantyportal.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session table every instance shares (Spring Session JDBC), written only when something changed.
 *
 * <p>Spring Session marks a session changed on every request because its last access moved, so a signed-in request
 * costs three statements: the session read, the last access written back, and a second read after saving (the filter
 * asks again whether the requested session is valid, spring-session#1731). Here:
 * <ul>
 * <li>the last access is written when it has moved by {@link #lastAccessStep} or more (a minute): a session idle for
 * its whole time-out may end up to that much early, and a page that changes an attribute still saves that attribute at
 * once;</li>
 * <li>the read straight after a save, in the same request, is answered with the session just saved (the thread's
 * {@link SessionJustSaved}, emptied when each request begins and ends).</li>
 * </ul>
 * So a signed-in page reads one row and writes nothing, most of the time. Signing out, switching an account off and
 * the clean-up of expired sessions work on the table as before: every request still reads its session from the
 * table, so a session deleted by any instance is gone for the next request everywhere.
 */
public final class SharedSessions implements FindByIndexNameSessionRepository<SharedSessions.SharedSession> {

	private final FindByIndexNameSessionRepository<Session> table;
	private final Duration lastAccessStep;

	@SuppressWarnings("unchecked")
	public SharedSessions(FindByIndexNameSessionRepository<? extends Session> table, Duration lastAccessStep) {
		this.table = (FindByIndexNameSessionRepository<Session>) table;
		this.lastAccessStep = lastAccessStep;
	}

	@Override
	public SharedSession createSession() {
		return new SharedSession(table.createSession(), true);
	}

	@Override
	public void save(SharedSession session) {
		table.save(session.stored);
		session.isNew = false;
		SessionJustSaved.remember(session);
	}

	@Override
	public SharedSession findById(String id) {
		SharedSession justSaved = SessionJustSaved.take(id);
		if (justSaved != null) {
			return justSaved;
		}
		Session stored = table.findById(id);
		return stored == null ? null : new SharedSession(stored, false);
	}

	@Override
	public void deleteById(String id) {
		SessionJustSaved.forget();
		table.deleteById(id);
	}

	@Override
	public Map<String, SharedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return table.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> new SharedSession(entry.getValue(), false)));
	}

	/** One session as the table holds it; its last access moves in steps. */
	public final class SharedSession implements Session {

		private final Session stored;
		private boolean isNew;

		private SharedSession(Session stored, boolean isNew) {
			this.stored = stored;
			this.isNew = isNew;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (isNew || !lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(lastAccessStep))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
