package com.warrantyportal.claim.internal;

import java.util.Map;

import com.warrantyportal.claim.ClaimStatusChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Copies a new claim's model and manufacturer from its unit onto the claim (V19), inside the transaction that files
 * it, so the staff queue's model and manufacturer filters read an index of the claim table. Neither ever changes
 * afterwards: a claim keeps its unit, a unit its model. Claims written to the table by other means must set both.
 */
@Component
class ClaimQueueColumns {

	private final NamedParameterJdbcTemplate jdbc;

	ClaimQueueColumns(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ClaimStatusChanged changed) {
		if (changed.from() != null) {
			return;
		}
		jdbc.update("""
				UPDATE claim
				SET model_id = (SELECT u.model_id FROM unit u WHERE u.id = claim.unit_id),
				    manufacturer_id = (SELECT u.manufacturer_id FROM unit u WHERE u.id = claim.unit_id)
				WHERE id = :id""", Map.of("id", changed.claimId()));
	}
}
