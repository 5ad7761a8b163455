package com.warrantyportal.notification.internal;

import java.time.Instant;
import java.util.List;

import com.warrantyportal.notification.OutboxMail;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	List<OutboxMail> findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(Instant now, Limit limit);

	List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);

	long countBySentAtIsNull();
}
