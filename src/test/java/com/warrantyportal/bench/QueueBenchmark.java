package com.warrantyportal.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.StaffQueue;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures the staff queue on a large claim table and prints the figures; it asserts nothing about speed (speed
 * targets belong in benchmarks, not tests). Its name keeps it out of the test runs; {@code docs/bench/queue.sh}
 * runs it.
 */
class QueueBenchmark extends MySqlIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffQueue queue;

	@Test
	void pageTimesStayFlatDeepIntoTheQueue() {
		int claims = Integer.getInteger("bench.claims", 20_000);
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		Account agent = fixtures.staff(Role.AGENT);
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
		String run = Fixtures.unique();
		LocalDateTime start = LocalDateTime.now().minusDays(400);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < claims; i++) {
			rows.add(new Object[] { "B" + run + "-" + i, tv.getId(), tv.getUnitId(), owner.getId(),
					start.plusMinutes(i * 7L) });
		}
		long insertStart = System.nanoTime();
		jdbc.batchUpdate("INSERT INTO claim (claim_number, registration_id, unit_id, owner_id, status, failure_date, "
				+ "filed_on, component, cause, description, created_at, updated_at, verdict_status) VALUES (?, ?, ?, ?, "
				+ "'SUBMITTED', '2026-01-01', '2026-01-02', 'panel', 'DEFECT', 'Benchmark claim.', ?, NOW(), 'ELIGIBLE')",
				rows);
		System.out.printf("queue benchmark: inserted %d claims in %d ms%n", claims,
				(System.nanoTime() - insertStart) / 1_000_000);

		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(Fixtures.user(agent), null, Fixtures.user(agent).getAuthorities()));
		try {
			StaffQueue.Filter filter = new StaffQueue.Filter(null, false, null, null, catalogue.tv().getId(), null,
					false, false, false);
			String cursor = null;
			int pages = claims / StaffQueue.PAGE_SIZE;
			long[] times = new long[pages];
			for (int page = 0; page < pages; page++) {
				long t = System.nanoTime();
				StaffQueue.Page result = queue.page(filter, agent.getId(), cursor);
				times[page] = System.nanoTime() - t;
				Optional<String> next = result.next();
				if (next.isEmpty()) {
					pages = page + 1;
					break;
				}
				cursor = next.get();
			}
			System.out.printf("queue benchmark: %d pages of %d; page 1 %.1f ms, page %d %.1f ms, page %d %.1f ms, "
					+ "median %.1f ms%n", pages, StaffQueue.PAGE_SIZE, times[0] / 1e6, pages / 2,
					times[pages / 2 - 1] / 1e6, pages, times[pages - 1] / 1e6, median(times, pages) / 1e6);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static double median(long[] times, int count) {
		long[] sorted = java.util.Arrays.copyOf(times, count);
		java.util.Arrays.sort(sorted);
		return sorted[count / 2];
	}
}
