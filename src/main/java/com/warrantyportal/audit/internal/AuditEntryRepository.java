package com.warrantyportal.audit.internal;

import java.util.List;

import com.warrantyportal.audit.AuditEntry;

import org.springframework.data.repository.Repository;

/** Only insert and read: the trail cannot be edited through the application. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, String targetId);
}
