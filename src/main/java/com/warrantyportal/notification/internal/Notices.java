package com.warrantyportal.notification.internal;

import java.time.Clock;
import java.util.List;

import com.warrantyportal.notification.MailKind;

import org.springframework.data.domain.Limit;
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

	Notices(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	/** Records a notice in the caller's transaction, the one that queues the matching mail. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(long ownerId, MailKind kind, String title, String link) {
		notices.save(new Notice(ownerId, kind, title, link, clock.instant()));
	}

	@Transactional(readOnly = true)
	public long unread(long ownerId) {
		return notices.countByOwnerIdAndReadAtIsNull(ownerId);
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
