package com.warrantyportal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

class SharedSessionsTest {

	private static final Instant SIGNED_IN = Instant.parse("2026-11-26T09:00:00Z");

	private final Table table = new Table();

	private final SharedSessions sessions = new SharedSessions(table, Duration.ofMinutes(1));

	@AfterEach
	void emptyTheThread() {
		SessionJustSaved.forget();
	}

	@Test
	void aNewSessionIsWrittenWithItsFirstAccess() {
		String id = signIn();

		assertThat(table.rows.get(id).getLastAccessedTime()).isEqualTo(SIGNED_IN);
		assertThat(table.rows.get(id).<String>getAttribute("who")).isEqualTo("owner@example.com");
	}

	@Test
	void theLastAccessIsWrittenBackOnlyOnceItHasMovedAMinute() {
		String id = signIn();

		request(id, SIGNED_IN.plusSeconds(20));
		request(id, SIGNED_IN.plusSeconds(59));
		assertThat(table.rows.get(id).getLastAccessedTime()).isEqualTo(SIGNED_IN);

		request(id, SIGNED_IN.plusSeconds(61));
		assertThat(table.rows.get(id).getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(61));

		request(id, SIGNED_IN.plusSeconds(100));
		assertThat(table.rows.get(id).getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(61));
	}

	@Test
	void aChangedAttributeIsSavedAtOnceEvenWhenTheLastAccessIsNot() {
		String id = signIn();
		SessionJustSaved.forget();

		SharedSessions.SharedSession session = sessions.findById(id);
		session.setLastAccessedTime(SIGNED_IN.plusSeconds(5));
		session.setAttribute("pending-upload", "models.csv");
		sessions.save(session);

		assertThat(table.rows.get(id).<String>getAttribute("pending-upload")).isEqualTo("models.csv");
		assertThat(table.rows.get(id).getLastAccessedTime()).isEqualTo(SIGNED_IN);
	}

	@Test
	void theReadStraightAfterASaveIsAnsweredWithoutTheTableOnceAndOnlyForThatSession() {
		String id = signIn();
		int reads = table.reads;

		assertThat(sessions.findById(id)).isNotNull();
		assertThat(table.reads).isEqualTo(reads);

		assertThat(sessions.findById(id)).isNotNull();
		assertThat(table.reads).isEqualTo(reads + 1);

		sessions.save(sessions.findById(id));
		assertThat(sessions.findById("another-session")).isNull();
		assertThat(sessions.findById(id)).isNotNull();
		assertThat(table.reads).isEqualTo(reads + 4);
	}

	@Test
	void aSessionDeletedElsewhereIsGoneForTheNextRead() {
		String id = signIn();
		SessionJustSaved.forget();

		table.deleteById(id); // another instance signs the user out

		assertThat(sessions.findById(id)).isNull();
	}

	@Test
	void theFilterEmptiesTheThreadBeforeAndAfterEachRequest() throws Exception {
		String id = signIn();

		new SessionJustSaved().doFilter(null, null, (request, response) -> {
			int reads = table.reads;
			assertThat(sessions.findById(id)).isNotNull();
			assertThat(table.reads).as("read from the table, not from an earlier request").isEqualTo(reads + 1);
			sessions.save(sessions.findById(id));
		});

		int reads = table.reads;
		sessions.findById(id);
		assertThat(table.reads).isEqualTo(reads + 1);
	}

	@Test
	void sessionsAreFoundByTheSignedInNameAsTheTableKeepsThem() {
		String id = signIn();

		assertThat(sessions.findByPrincipalName("owner@example.com")).containsOnlyKeys(id);
	}

	private String signIn() {
		SharedSessions.SharedSession session = sessions.createSession();
		session.setLastAccessedTime(SIGNED_IN);
		session.setAttribute("who", "owner@example.com");
		sessions.save(session);
		return session.getId();
	}

	private void request(String id, Instant at) {
		SessionJustSaved.forget();
		SharedSessions.SharedSession session = sessions.findById(id);
		session.setLastAccessedTime(at);
		sessions.save(session);
	}

	/** The session table: hands out copies, as the JDBC one reads rows. */
	private static final class Table implements FindByIndexNameSessionRepository<MapSession> {

		final Map<String, MapSession> rows = new HashMap<>();

		int reads;

		@Override
		public MapSession createSession() {
			MapSession session = new MapSession();
			session.setLastAccessedTime(Instant.EPOCH);
			return session;
		}

		@Override
		public void save(MapSession session) {
			rows.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			reads++;
			MapSession row = rows.get(id);
			return row == null ? null : new MapSession(row);
		}

		@Override
		public void deleteById(String id) {
			rows.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return rows.values().stream()
				.filter(row -> indexValue.equals(row.getAttribute("who")))
				.collect(Collectors.toMap(Session::getId, MapSession::new));
		}
	}
}
