package com.warrantyportal.claim.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out claim numbers like {@code WC-2026-000123}: one counter row per year, locked with SELECT ... FOR UPDATE
 * while it is incremented, so two claims filed at the same moment never share a number.
 */
@Component
public class ClaimNumbers {

	private final JdbcTemplate jdbc;

	ClaimNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(int year) {
		Long last = jdbc.query("SELECT last_value FROM claim_number_counter WHERE claim_year = ? FOR UPDATE",
				rs -> rs.next() ? rs.getLong(1) : null, year);
		long next;
		if (last == null) {
			next = 1;
			jdbc.update("INSERT INTO claim_number_counter (claim_year, last_value) VALUES (?, ?)", year, next);
		}
		else {
			next = last + 1;
			jdbc.update("UPDATE claim_number_counter SET last_value = ? WHERE claim_year = ?", next, year);
		}
		return "WC-%d-%06d".formatted(year, next);
	}
}
