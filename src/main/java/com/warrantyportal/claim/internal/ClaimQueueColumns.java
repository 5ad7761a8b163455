package com.warrantyportal.claim.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static com.warrantyportal.infrastructure.StoredTimes.instant;
import static com.warrantyportal.infrastructure.StoredTimes.utc;
import com.warrantyportal.catalog.ModelRenumbered;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.ClaimStatusChanged;
import com.warrantyportal.claim.ServiceLevels;
import com.warrantyportal.claim.ServiceLevelsChanged;
import com.warrantyportal.claim.WorkingTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the claim columns the staff queue filters on, inside the transaction that changes the claim:
 * <ul>
 * <li>a new claim's model and manufacturer, copied from its unit (V19), so the model and manufacturer filters read an
 * index of the claim table; neither ever changes afterwards (a claim keeps its unit, a unit its model);</li>
 * <li>its model's number key (V39), so the model order reads an index of the claim table; it follows the model when an
 * administrator renumbers it ({@link ModelRenumbered});</li>
 * <li>its due time (V37, docs/service-levels.md): on filing, the first response is due after the FIRST_RESPONSE
 * target's working days and the decision after the DECISION target's; once in review the decision deadline runs;
 * while staff wait for the owner's answer the clock stops, and the working time the wait took moves the decision
 * deadline on; a decided, closed or withdrawn claim is due no more.</li>
 * </ul>
 * Claims written to the table by other means must set these columns themselves.
 */
@Component
class ClaimQueueColumns {

	private static final Duration TARGETS_KEPT_FOR = Duration.ofMinutes(1);

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final WorkingTime workingTime;

	private ServiceLevels.Targets targets;

	private Instant targetsReadAt = Instant.MIN;

	ClaimQueueColumns(NamedParameterJdbcTemplate jdbc, Clock clock, @Value("${warranty.time-zone}") ZoneId zone) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.workingTime = new WorkingTime(zone);
	}

	@EventListener
	void on(ClaimStatusChanged changed) {
		Instant now = clock.instant();
		MapSqlParameterSource params = new MapSqlParameterSource("id", changed.claimId());
		if (changed.from() == null) {
			ServiceLevels.Targets days = targets(now);
			params.addValue("due", utc(workingTime.plusWorkingDays(now, days.firstResponseDays())));
			params.addValue("decisionDue", utc(workingTime.plusWorkingDays(now, days.decisionDays())));
			jdbc.update("""
					UPDATE claim
					SET model_id = (SELECT u.model_id FROM unit u WHERE u.id = claim.unit_id),
					    manufacturer_id = (SELECT u.manufacturer_id FROM unit u WHERE u.id = claim.unit_id),
					    model_number_key = (SELECT m.model_number_key FROM unit u JOIN product_model m ON m.id = u.model_id
					                        WHERE u.id = claim.unit_id),
					    due_at = :due, decision_due_at = :decisionDue, sla_paused_at = NULL
					WHERE id = :id""", params);
			return;
		}
		ClaimStatus to = changed.to();
		if (to == ClaimStatus.INFO_REQUESTED) {
			params.addValue("now", utc(now));
			jdbc.update("UPDATE claim SET due_at = NULL, sla_paused_at = :now WHERE id = :id", params);
		}
		else if (to == ClaimStatus.IN_REVIEW && changed.from() == ClaimStatus.INFO_REQUESTED) {
			resumeAfterThePause(changed.claimId(), now, params);
		}
		else if (to == ClaimStatus.IN_REVIEW) {
			jdbc.update("UPDATE claim SET due_at = decision_due_at WHERE id = :id", params);
		}
		else if (!to.isOpen()) {
			jdbc.update("UPDATE claim SET due_at = NULL, sla_paused_at = NULL WHERE id = :id", params);
		}
	}

	private void resumeAfterThePause(long claimId, Instant now, MapSqlParameterSource params) {
		Map<String, Object> clock = jdbc.queryForMap(
				"SELECT decision_due_at, sla_paused_at FROM claim WHERE id = :id", Map.of("id", claimId));
		LocalDateTime decisionDue = (LocalDateTime) clock.get("decision_due_at");
		LocalDateTime pausedAt = (LocalDateTime) clock.get("sla_paused_at");
		if (decisionDue == null) {
			return;
		}
		Instant due = instant(decisionDue);
		if (pausedAt != null) {
			due = workingTime.plus(due, workingTime.between(instant(pausedAt), now));
		}
		params.addValue("due", utc(due));
		jdbc.update("UPDATE claim SET due_at = :due, decision_due_at = :due, sla_paused_at = NULL WHERE id = :id",
				params);
	}

	/** The model's claims sort under its new number: one index range of the model's claims (V19). */
	@EventListener
	void on(ModelRenumbered renumbered) {
		jdbc.update("UPDATE claim SET model_number_key = :key WHERE model_id = :model",
				Map.of("key", renumbered.modelNumberKey(), "model", renumbered.modelId()));
	}

	/** This instance's administrator changed the targets: read them again at the next claim (others within a minute). */
	@EventListener
	synchronized void on(ServiceLevelsChanged changed) {
		targetsReadAt = Instant.MIN;
	}

	/** The targets, read at most once a minute: administrators' changes apply within a minute. */
	private synchronized ServiceLevels.Targets targets(Instant now) {
		if (targets == null || Duration.between(targetsReadAt, now).compareTo(TARGETS_KEPT_FOR) > 0) {
			targets = ServiceLevels.read(jdbc);
			targetsReadAt = now;
		}
		return targets;
	}

}
