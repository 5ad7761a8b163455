package com.warrantyportal.notification.internal;

import java.time.Clock;
import java.util.List;

import com.warrantyportal.notification.MailKind;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The owners' in-app notices: recorded beside their mails, listed newest first, counted while unread. */
@Service
public class Notices {

	/** Notices on one page. */
	public static final int PAGE = 50;

	private final NoticeRepository notices;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	Notices(NoticeRepository notices, Clock clock, JdbcTemplate jdbc) {
		this.notices = notices;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Records a notice in the caller's transaction, the one that queues the matching mail. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(long ownerId, MailKind kind, String title, String link) {
		notices.save(new Notice(ownerId, kind, title, link, clock.instant()));
	}

	/**
	 * The owner's unread notices, counted (index ix_notice_unread) for the header of every owner page by one plain
	 * statement in no transaction: a transaction of its own cost three more round trips to the database on every
	 * page.
	 */
	public long unread(long ownerId) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE owner_id = ? AND read_at IS NULL",
				Long.class, ownerId);
		return count == null ? 0 : count;
	}

	/**
	 * A page of the owner's notices, newest first, as they were before this opening; the ones shown are marked read
	 * (opening the page is reading them).
	 */
	@Transactional
	public List<Notice> open(long ownerId, Long beforeId) {
		List<Notice> page = notices.findByOwnerIdAndIdLessThanOrderByIdDesc(ownerId,
				beforeId == null ? Long.MAX_VALUE : beforeId, Limit.of(PAGE));
		if (page.stream().anyMatch(Notice::isUnread)) {
			// Only up to the newest one shown: a notice recorded meanwhile stays unread.
			notices.markRead(ownerId, page.get(0).getId(), clock.instant());
		}
		return page;
	}
}
