package com.warrantyportal.claim.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out claim numbers like {@code WC-2026-000123}, from one counter row per year.
 * <p>
 * The row is never locked by a filing: this instance reserves a block of numbers at a time, in a short transaction
 * of its own that adds the block to the row and commits at once, and hands the block out from memory. So filings
 * do not wait for each other, and most never touch the row. Every instance on the database reserves its own blocks,
 * so numbers stay unique within a year. Numbers an instance had reserved but not handed out when it stopped, or that
 * a filing took and then failed with, are never used: there are gaps, and between instances numbers are not in the
 * order claims were filed. {@code warranty.claim-numbers.block-size} sets the block (1: a transaction per number).
 * <p>
 * Take the number <em>before</em> the filing transaction opens: a reservation inside it needs a second connection
 * from the pool while holding one, which can exhaust the pool under load.
 */
@Component
public class ClaimNumbers {

	private static final int ATTEMPTS = 3;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final int blockSize;

	/** What is left of this instance's block, per year. Guarded by {@code this}. */
	private final Map<Integer, Block> blocks = new HashMap<>();

	ClaimNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${warranty.claim-numbers.block-size:20}") int blockSize) {
		if (blockSize < 1) {
			throw new IllegalArgumentException("warranty.claim-numbers.block-size must be at least 1");
		}
		this.jdbc = jdbc;
		this.blockSize = blockSize;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number of the year, unique among all instances. */
	public synchronized String next(int year) {
		Block block = blocks.get(year);
		if (block == null || block.isUsedUp()) {
			block = reserve(year);
			blocks.clear(); // the blocks of years gone by are never needed again
			blocks.put(year, block);
		}
		return "WC-%d-%06d".formatted(year, block.take());
	}

	/** Adds a block to the year's counter and commits: the row stays locked for one short transaction only. */
	private Block reserve(int year) {
		for (int attempt = 1;; attempt++) {
			try {
				long last = ownTransaction.execute(status -> {
					if (jdbc.update("UPDATE claim_number_counter SET last_value = last_value + ? WHERE claim_year = ?",
							blockSize, year) == 0) {
						jdbc.update("INSERT INTO claim_number_counter (claim_year, last_value) VALUES (?, ?)", year,
								blockSize);
						return (long) blockSize;
					}
					return jdbc.queryForObject("SELECT last_value FROM claim_number_counter WHERE claim_year = ?",
							Long.class, year);
				});
				return new Block(last - blockSize + 1, last);
			}
			catch (DuplicateKeyException | ConcurrencyFailureException ex) {
				// Another instance began the year's row at the same moment; the row is there for the next attempt.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** Numbers {@code next} to {@code last} of one year, reserved by this instance. */
	private static final class Block {

		private long next;

		private final long last;

		Block(long first, long last) {
			this.next = first;
			this.last = last;
		}

		boolean isUsedUp() {
			return next > last;
		}

		long take() {
			return next++;
		}
	}
}
