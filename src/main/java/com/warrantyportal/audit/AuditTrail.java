package com.warrantyportal.audit;

import java.time.Clock;
import java.util.List;

import com.warrantyportal.audit.internal.AuditEntryRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records staff actions in the caller's transaction: an action and its audit entry commit or fail together. */
@Service
public class AuditTrail {

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String targetType, Object targetId, String detail) {
		entries.save(new AuditEntry(clock.instant(), actor, action, targetType, String.valueOf(targetId), detail));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> of(String targetType, Object targetId) {
		return entries.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, String.valueOf(targetId));
	}
}
