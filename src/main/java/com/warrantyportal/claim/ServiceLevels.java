package com.warrantyportal.claim;

import java.util.HashMap;
import java.util.Map;

import com.warrantyportal.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working days staff have for a claim (docs/service-levels.md): to a first response and to a decision.
 * Administrators change them; claims filed or moving on from then (within a minute on every instance) are timed by
 * the new ones, and due times already set stay.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ServiceLevels {

	public static final String FIRST_RESPONSE = "FIRST_RESPONSE";

	public static final String DECISION = "DECISION";

	/** The targets in working days. */
	public record Targets(int firstResponseDays, int decisionDays) {

		/** What migration V37 sets, and what counts when a stage has no row. */
		public static final Targets DEFAULTS = new Targets(2, 10);
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ServiceLevels(NamedParameterJdbcTemplate jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Targets targets() {
		return read(jdbc);
	}

	/**
	 * The targets as stored, for whoever times claims (filing is no administrator's work, so this is not behind the
	 * service's check): one read of {@code sla_target}, the defaults for a stage without a row.
	 */
	public static Targets read(NamedParameterJdbcTemplate jdbc) {
		Map<String, Integer> days = new HashMap<>();
		jdbc.query("SELECT stage, working_days FROM sla_target", Map.of(),
				rs -> {
					days.put(rs.getString("stage"), rs.getInt("working_days"));
				});
		return new Targets(days.getOrDefault(FIRST_RESPONSE, Targets.DEFAULTS.firstResponseDays()),
				days.getOrDefault(DECISION, Targets.DEFAULTS.decisionDays()));
	}

	@Transactional
	public void change(Targets targets, String administrator) {
		Targets before = targets();
		set(FIRST_RESPONSE, targets.firstResponseDays());
		set(DECISION, targets.decisionDays());
		audit.record(administrator, "SERVICE_LEVELS_CHANGED", "SERVICE_LEVELS", "claims",
				"first response " + before.firstResponseDays() + " → " + targets.firstResponseDays()
						+ " working days, decision " + before.decisionDays() + " → " + targets.decisionDays());
		events.publishEvent(new ServiceLevelsChanged(targets.firstResponseDays(), targets.decisionDays()));
	}

	private void set(String stage, int days) {
		Map<String, Object> row = Map.of("stage", stage, "days", days);
		if (jdbc.update("UPDATE sla_target SET working_days = :days WHERE stage = :stage", row) == 0) {
			jdbc.update("INSERT INTO sla_target (stage, working_days) VALUES (:stage, :days)", row);
		}
	}
}
