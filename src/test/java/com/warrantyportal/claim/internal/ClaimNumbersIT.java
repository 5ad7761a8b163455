package com.warrantyportal.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Claim numbers from several application instances on one database, taken by many threads at once. */
class ClaimNumbersIT extends MySqlIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void threeInstancesTakingNumbersFromEightThreadsNeverShareOne() throws Exception {
		// A year of its own, so its counter row does not exist yet and the instances race to begin it.
		int year = 2900 + (int) (System.nanoTime() % 90);
		jdbc.update("DELETE FROM claim_number_counter WHERE claim_year = ?", year);
		List<ClaimNumbers> instances = List.of(new ClaimNumbers(jdbc, transactions, 1),
				new ClaimNumbers(jdbc, transactions, 3), new ClaimNumbers(jdbc, transactions, 20));
		Set<String> taken = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				done.add(threads.submit(() -> {
					for (int n = 0; n < 150; n++) {
						String number = instances.get((thread + n) % instances.size()).next(year);
						assertThat(taken.add(number)).as("%s handed out twice", number).isTrue();
					}
				}));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(taken).hasSize(8 * 150).allMatch(number -> number.matches("WC-" + year + "-\\d{6}"));
		// Gaps are allowed (blocks not used up), but never more than a block per instance is left unused.
		long last = jdbc.queryForObject("SELECT last_value FROM claim_number_counter WHERE claim_year = ?", Long.class,
				year);
		assertThat(last).isBetween(8L * 150, 8L * 150 + 1 + 3 + 20);
	}

	@Test
	void numbersOfANewYearStartAtOneAndFollowEachOtherWithinAnInstance() {
		int year = 2800 + (int) (System.nanoTime() % 90);
		jdbc.update("DELETE FROM claim_number_counter WHERE claim_year = ?", year);
		ClaimNumbers numbers = new ClaimNumbers(jdbc, transactions, 2);
		assertThat(List.of(numbers.next(year), numbers.next(year), numbers.next(year))).containsExactly(
				"WC-%d-000001".formatted(year), "WC-%d-000002".formatted(year), "WC-%d-000003".formatted(year));
	}
}
