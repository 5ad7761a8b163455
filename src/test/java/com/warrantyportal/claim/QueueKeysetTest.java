package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class QueueKeysetTest {

	private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 25, 10, 15, 30, 123_456_000);

	@Test
	void eachOrdersCursorReadsBackAsTheSamePosition() {
		List<QueueKeyset.Position> positions = List.of(
				new QueueKeyset.Position(0, List.of(AT), 42),
				new QueueKeyset.Position(1, Arrays.asList((Object) null), 43),
				new QueueKeyset.Position(0, List.of("TV~100/É", AT), 44),
				new QueueKeyset.Position(ClaimStatus.IN_REVIEW.ordinal(), List.of(AT), 45));
		List<QueueOrder> orders = List.of(QueueOrder.NEWEST, QueueOrder.DUE, QueueOrder.MODEL_DESC, QueueOrder.STATUS);
		for (int i = 0; i < orders.size(); i++) {
			QueueKeyset keyset = QueueKeyset.of(orders.get(i));
			assertThat(keyset.parse(keyset.format(positions.get(i)))).contains(positions.get(i));
		}
		// The age orders' cursors are those the queue always had.
		assertThat(QueueKeyset.of(QueueOrder.OLDEST).format(positions.get(0))).isEqualTo("2026-11-25T10:15:30.123456~42");
		assertThat(QueueKeyset.of(QueueOrder.STATUS).format(positions.get(3)))
			.isEqualTo("status~IN_REVIEW~2026-11-25T10:15:30.123456~45");
	}

	@Test
	void aCursorThatDoesNotParseOrIsAnotherOrdersIsNone() {
		for (String text : List.of("", "nonsense", "2026-13-01T00:00~1", "due~2026-11-25T10:15~x", "status~NOPE~"
				+ AT + "~1", "model~!!~" + AT + "~1", "model~" + AT + "~1", "due~" + AT + "~1~2")) {
			assertThat(QueueKeyset.of(QueueOrder.DUE).parse(text)).as(text).isEmpty();
			assertThat(QueueKeyset.of(QueueOrder.MODEL).parse(text)).as(text).isEmpty();
		}
		assertThat(QueueKeyset.of(QueueOrder.DUE).parse("status~SUBMITTED~" + AT + "~1")).isEmpty();
		assertThat(QueueKeyset.of(QueueOrder.OLDEST).parse("due~" + AT + "~1")).isEmpty();
	}

	@Test
	void aPageReadsOnlyTheSegmentsAfterTheCursorAndTheRowsAfterItInItsOwn() {
		QueueKeyset due = QueueKeyset.of(QueueOrder.DUE);
		List<QueueKeyset.Segment> segments = due.segments(ClaimStatus.SUBMITTED);
		MapSqlParameterSource params = new MapSqlParameterSource();
		QueueKeyset.Position timed = new QueueKeyset.Position(0, List.of(AT), 7);
		assertThat(due.after(segments.get(0), timed, params))
			.isEqualTo(" AND (due_at > :cursor0 OR (due_at = :cursor0 AND id > :cursorId))");
		assertThat(due.after(segments.get(1), timed, params)).isEmpty();
		QueueKeyset.Position untimed = new QueueKeyset.Position(1, Arrays.asList((Object) null), 7);
		assertThat(due.after(segments.get(0), untimed, params)).isNull();
		assertThat(due.after(segments.get(1), untimed, params)).isEqualTo(" AND id > :cursorId");

		QueueKeyset backwards = QueueKeyset.of(QueueOrder.STATUS_DESC);
		QueueKeyset.Position inReview = new QueueKeyset.Position(ClaimStatus.IN_REVIEW.ordinal(), List.of(AT), 7);
		assertThat(backwards.after(backwards.segments(ClaimStatus.CLOSED).get(0), inReview, params)).isNull();
		assertThat(backwards.after(backwards.segments(ClaimStatus.SUBMITTED).get(0), inReview, params)).isEmpty();
		assertThat(backwards.after(backwards.segments(ClaimStatus.IN_REVIEW).get(0), inReview, params))
			.isEqualTo(" AND (created_at < :cursor0 OR (created_at = :cursor0 AND id < :cursorId))");
	}
}
