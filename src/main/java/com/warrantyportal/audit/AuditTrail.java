package com.warrantyportal.audit;

import java.time.Clock;
import java.util.List;

import com.warrantyportal.audit.internal.AuditEntryRepository;
import com.warrantyportal.audit.internal.AuditSearch;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records staff actions in the caller's transaction: an action and its audit entry commit or fail together. Each entry
 * keeps the address of the request it was recorded in, so callers pass none; work outside a request (scheduled jobs,
 * event listeners on their own threads) has none. Reading the whole log is itself audited.
 */
@Service
public class AuditTrail {

	/** A page of the audit log. */
	public static final int PAGE = 50;

	/** The audit log's own target: reading and exporting it are recorded against it. */
	public static final String AUDIT_TARGET = "AUDIT_LOG";

	public static final String AUDIT_READ = "AUDIT_READ";

	public static final String AUDIT_EXPORT = "AUDIT_EXPORT";

	/** The longest text form of an IPv6 address (with an embedded IPv4 one). */
	private static final int ADDRESS_LENGTH = 45;

	private final AuditEntryRepository entries;

	private final AuditSearch search;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, AuditSearch search, Clock clock) {
		this.entries = entries;
		this.search = search;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String targetType, Object targetId, String detail) {
		entries.save(new AuditEntry(clock.instant(), actor, action, targetType, String.valueOf(targetId), detail,
				clientAddress()));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> of(String targetType, Object targetId) {
		return entries.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, String.valueOf(targetId));
	}

	/**
	 * A page of the log for an administrator, newest first: up to {@link #PAGE} entries older than {@code before}
	 * (all when null) and one more, which only tells whether there is a next page. Recorded as read.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public List<AuditEntry> read(String administrator, AuditFilter filter, Long before) {
		List<AuditEntry> page = search.page(filter, before, PAGE + 1);
		record(administrator, AUDIT_READ, AUDIT_TARGET, "log",
				filter.describe() + (before == null ? "" : ", before " + before));
		return page;
	}

	/** Records that an administrator downloads the log with this filter, before the download starts. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void exported(String administrator, AuditFilter filter) {
		record(administrator, AUDIT_EXPORT, AUDIT_TARGET, "log", filter.describe());
	}

	/** Up to {@code size} entries older than {@code before}, newest first, for an export already recorded. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<AuditEntry> batch(AuditFilter filter, Long before, int size) {
		return search.page(filter, before, size);
	}

	/** Every action the trail holds, in order, for choosing one. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return search.actions();
	}

	/** Every target type the trail holds, in order, for choosing one. */
	@Transactional(readOnly = true)
	public List<String> targetTypes() {
		return search.targetTypes();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String address = request.getRemoteAddr();
			return address == null || address.length() <= ADDRESS_LENGTH ? address
					: address.substring(0, ADDRESS_LENGTH);
		}
		return null;
	}
}
