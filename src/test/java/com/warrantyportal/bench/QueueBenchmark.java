package com.warrantyportal.bench;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.Role;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.StaffQueue;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures the staff queue on a large claim table ({@link ClaimVolume}: 200,000 claims by default, most closed, the
 * newest 6 % open) and prints, for each filter, the time of the first page, of a page deep into the queue and the
 * median page, and the time of the status counts. It asserts nothing about speed (speed targets belong in benchmarks,
 * not tests). Its name keeps it out of the test runs; {@code docs/bench/queue.sh} runs it. The data stays in the test
 * database afterwards, with the agent {@code bench.agent@example.com} (password {@code violet tractor sings at
 * noon}), so the pages can be measured over HTTP too.
 */
class QueueBenchmark extends MySqlIntegrationTest {

	private static final String PASSWORD = "violet tractor sings at noon";

	@Autowired
	AccountService accounts;

	@Autowired
	StaffQueue queue;

	@Autowired
	ClaimService claims;

	@Test
	void pageTimesStayFlatDeepIntoTheQueueForEveryFilter() {
		int claimCount = Integer.getInteger("bench.claims", 200_000);
		int modelCount = Integer.getInteger("bench.models", 20_000);
		int deepPage = Integer.getInteger("bench.deep-page", 40);
		Account me = accounts.create("bench.agent@example.com", PASSWORD, "Bench Agent", Role.AGENT);
		List<Long> agents = new ArrayList<>(List.of(me.getId()));
		for (int i = 1; i < 20; i++) {
			agents.add(accounts.create("bench.agent" + i + "@example.com", PASSWORD, "Bench Agent " + i, Role.AGENT)
				.getId());
		}
		long insertStart = System.nanoTime();
		ClaimVolume.Loaded data = ClaimVolume.load(TestDatabase.properties(), ClaimVolume.Spec.of(claimCount,
				modelCount), agents, Fixtures.unique(), LocalDateTime.now(ZoneOffset.UTC));
		System.out.printf("queue benchmark: loaded %d claims on %d models in %d ms%n", claimCount, modelCount,
				(System.nanoTime() - insertStart) / 1_000_000);

		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(Fixtures.user(me), null, Fixtures.user(me).getAuthorities()));
		try {
			long maker = data.manufacturerIds().get(3);
			measure("open, oldest first (default)", filter(null, false, null, null, null, null, false, false, false),
					me, deepPage);
			measure("open, newest first", filter(null, false, null, null, null, null, false, false, true), me,
					deepPage);
			measure("any status, oldest first", filter(null, true, null, null, null, null, false, false, false), me,
					deepPage);
			measure("any status, newest first", filter(null, true, null, null, null, null, false, false, true), me,
					deepPage);
			measure("status closed", filter(ClaimStatus.CLOSED, false, null, null, null, null, false, false, false),
					me, deepPage);
			measure("status info requested",
					filter(ClaimStatus.INFO_REQUESTED, false, null, null, null, null, false, false, false), me,
					deepPage);
			measure("open, verdict not eligible",
					filter(null, false, VerdictStatus.NOT_ELIGIBLE, null, null, null, false, false, false), me,
					deepPage);
			measure("any status, verdict needs review",
					filter(null, true, VerdictStatus.NEEDS_REVIEW, null, null, null, false, false, false), me,
					deepPage);
			measure("open, one manufacturer", filter(null, false, null, maker, null, null, false, false, false), me,
					deepPage);
			measure("any status, one manufacturer, newest first",
					filter(null, true, null, maker, null, null, false, false, true), me, deepPage);
			measure("open, a typical model",
					filter(null, false, null, null, data.typicalModelId(), null, false, false, false), me, deepPage);
			measure("any status, a typical model",
					filter(null, true, null, null, data.typicalModelId(), null, false, false, false), me, deepPage);
			measure("open, the popular model",
					filter(null, false, null, null, data.popularModelId(), null, false, false, false), me, deepPage);
			measure("any status, the popular model",
					filter(null, true, null, null, data.popularModelId(), null, false, false, false), me, deepPage);
			measure("open, mine", filter(null, false, null, null, null, null, true, false, false), me, deepPage);
			measure("any status, mine", filter(null, true, null, null, null, null, true, false, false), me,
					deepPage);
			measure("open, unassigned", filter(null, false, null, null, null, null, false, true, false), me,
					deepPage);
			measure("open, waiting at least 7 days", filter(null, false, null, null, null, 7, false, false, true),
					me, deepPage);
			measure("open, manufacturer + verdict + unassigned",
					filter(null, false, VerdictStatus.ELIGIBLE, maker, null, null, false, true, false), me, deepPage);
			counts();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static StaffQueue.Filter filter(ClaimStatus status, boolean all, VerdictStatus verdict, Long maker,
			Long model, Integer olderThan, boolean mine, boolean unassigned, boolean newest) {
		return new StaffQueue.Filter(status, all, verdict, maker, model, olderThan, mine, unassigned, newest);
	}

	/** Page 1 (best of 5), the deep page (walking there page by page), and the median of the pages walked. */
	private void measure(String name, StaffQueue.Filter filter, Account me, int deepPage) {
		long[] first = new long[5];
		for (int i = 0; i < first.length; i++) {
			long t = System.nanoTime();
			queue.page(filter, me.getId(), null);
			first[i] = System.nanoTime() - t;
		}
		String cursor = null;
		long[] times = new long[deepPage];
		int pages = 0;
		int rows = 0;
		for (int page = 0; page < deepPage; page++) {
			long t = System.nanoTime();
			StaffQueue.Page result = queue.page(filter, me.getId(), cursor);
			times[page] = System.nanoTime() - t;
			pages = page + 1;
			rows += result.rows().size();
			Optional<String> next = result.next();
			if (next.isEmpty()) {
				break;
			}
			cursor = next.get();
		}
		System.out.printf("queue benchmark: %-45s page 1 %8.1f ms | page %3d %8.1f ms | median of %3d pages %8.1f ms"
				+ " (%d rows)%n", name, median(first, first.length) / 1e6, pages, times[pages - 1] / 1e6, pages,
				median(times, pages) / 1e6, rows);
	}

	private void counts() {
		time("status counts (queue header)", () -> claims.countsByStatus());
	}

	private void time(String name, Supplier<?> work) {
		long[] times = new long[10];
		for (int i = 0; i < times.length; i++) {
			long t = System.nanoTime();
			work.get();
			times[i] = System.nanoTime() - t;
		}
		System.out.printf("queue benchmark: %-45s median %8.1f ms, slowest %8.1f ms%n", name,
				median(times, times.length) / 1e6, Arrays.stream(times).max().orElse(0) / 1e6);
	}

	private static double median(long[] times, int count) {
		long[] sorted = Arrays.copyOf(times, count);
		Arrays.sort(sorted);
		return sorted[count / 2];
	}
}
