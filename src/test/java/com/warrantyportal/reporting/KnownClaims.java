package com.warrantyportal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports' known data set: five claims on a new catalogue's TV model, received and decided at known times in
 * January 2026 (weeks from 5, 12 and 19 January), on four registered TVs; the unit counts recounted. Filed through
 * the claim service, then given their times and decisions in SQL, since the reports read only those columns.
 */
final class KnownClaims {

	static final LocalDate FROM = LocalDate.of(2026, 1, 5);

	static final LocalDate TO = LocalDate.of(2026, 1, 25);

	private final ClaimService claims;

	private final JdbcTemplate jdbc;

	KnownClaims(ClaimService claims, JdbcTemplate jdbc) {
		this.claims = claims;
		this.jdbc = jdbc;
	}

	static Catalogue build(Fixtures fixtures, ClaimService claims, JdbcTemplate jdbc, ReportUnitCounts unitCounts) {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 6, 1));
		for (int i = 0; i < 3; i++) {
			fixtures.registeredTv(fixtures.owner(), catalogue, LocalDate.of(2025, 6, 1));
		}
		KnownClaims known = new KnownClaims(claims, jdbc);
		// Decision deadlines: the 2nd and the 5th claim are decided after theirs (SLA breaches), the others before.
		known.claim(tv, owner, "panel", "2026-01-05T10:00", "2026-01-06T10:00", "100.00", "2026-01-07T10:00");
		known.claim(tv, owner, "panel", "2026-01-06T09:00", "2026-01-08T09:00", null, "2026-01-07T09:00");
		known.claim(tv, owner, "remote", "2026-01-07T08:00", null, null, "2026-01-21T08:00");
		known.claim(tv, owner, "panel", "2026-01-12T08:00", "2026-01-16T08:00", "250.50", "2026-01-26T08:00");
		known.claim(tv, owner, "remote", "2026-01-13T12:00", "2026-01-23T12:00", "49.50", "2026-01-20T12:00");
		unitCounts.recount();
		return catalogue;
	}

	/**
	 * A claim received at {@code received} with its decision deadline {@code due}; approved for {@code amount}, or
	 * rejected when there is none.
	 */
	private void claim(Registration tv, Account owner, String component, String received, String decided,
			String amount, String due) {
		long id = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.of(2026, 1, 1), component,
				Cause.DEFECT, "It stopped working.").getId();
		jdbc.update("UPDATE claim SET created_at = ?, decision_due_at = ? WHERE id = ?", LocalDateTime.parse(received),
				LocalDateTime.parse(due), id);
		if (decided != null && amount != null) {
			jdbc.update("UPDATE claim SET status = 'APPROVED', resolution = 'REPAIR', remedy_amount = ?, "
					+ "decided_at = ? WHERE id = ?", new BigDecimal(amount), LocalDateTime.parse(decided), id);
		}
		else if (decided != null) {
			jdbc.update("UPDATE claim SET status = 'REJECTED', rejection_reason = 'NO_FAULT_FOUND', decided_at = ? "
					+ "WHERE id = ?", LocalDateTime.parse(decided), id);
		}
	}
}
