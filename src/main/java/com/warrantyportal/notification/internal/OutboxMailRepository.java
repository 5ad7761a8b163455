package com.warrantyportal.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.warrantyportal.notification.OutboxMail;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	List<OutboxMail> findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(Instant now, Limit limit);

	List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);

	long countBySentAtIsNull();

	/** Newest first, a page at a time (keyset on the id: pass Long.MAX_VALUE for the first page). */
	List<OutboxMail> findByIdLessThanOrderByIdDesc(Long beforeId, Limit limit);

	List<OutboxMail> findByRecipientAndIdLessThanOrderByIdDesc(String recipient, Long beforeId, Limit limit);

	/** Marks the mails the server took as sent, in one statement. */
	@Modifying
	@Query("UPDATE OutboxMail m SET m.sentAt = :now, m.attempts = m.attempts + 1, m.lastError = NULL "
			+ "WHERE m.id IN :ids AND m.sentAt IS NULL")
	int markSent(@Param("ids") Collection<Long> ids, @Param("now") Instant now);
}
