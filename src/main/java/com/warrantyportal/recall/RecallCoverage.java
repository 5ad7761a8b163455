package com.warrantyportal.recall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units a campaign covers, counted and listed in SQL with the rules of {@link RecallCampaign#covers}: its
 * manufacturer and models, its serial range, its manufacture dates. A unit whose manufacture date is unknown, in a
 * campaign narrowed by manufacture dates, is <em>possibly affected</em>: counted apart, shown to staff and its owner,
 * never silently left out. Owners are those of the units' active registrations. Reads the unit, registration and
 * account tables by their indexes (the models' units, then each unit's active registration).
 */
@Component
@Transactional(readOnly = true)
public class RecallCoverage {

	private final NamedParameterJdbcTemplate jdbc;

	RecallCoverage(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How far a campaign reaches: units certainly covered, units possibly covered, and their registered owners. */
	public record Counts(long units, long possiblyAffected, long owners) {
	}

	/** The rules of a campaign, saved or not yet. */
	public record Rules(long manufacturerId, Set<Long> modelIds, String serialFrom, String serialTo,
			LocalDate manufacturedFrom, LocalDate manufacturedTo) {

		static Rules of(RecallCampaign campaign) {
			return new Rules(campaign.getManufacturerId(), campaign.getModelIds(), campaign.getSerialFrom(),
					campaign.getSerialTo(), campaign.getManufacturedFrom(), campaign.getManufacturedTo());
		}

		boolean dated() {
			return manufacturedFrom != null || manufacturedTo != null;
		}
	}

	/** An owner to tell, with the serials of theirs the campaign covers. */
	public record Owner(long accountId, String email, String name, List<String> serials) {
	}

	public Counts count(Rules rules) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(rules, params);
		String possibly = rules.dated() ? "SUM(CASE WHEN u.manufacture_date IS NULL THEN 1 ELSE 0 END)" : "0";
		return jdbc.queryForObject("""
				SELECT COUNT(*) AS units, COALESCE(%s, 0) AS possibly, COUNT(DISTINCT r.owner_id) AS owners
				FROM unit u
				LEFT JOIN registration r ON r.active_unit_id = u.id
				WHERE %s""".formatted(possibly, where), params,
				(rs, n) -> new Counts(rs.getLong("units") - rs.getLong("possibly"), rs.getLong("possibly"),
						rs.getLong("owners")));
	}

	/** The owners of covered (or possibly covered) units with an active registration, each once. */
	public List<Owner> owners(Rules rules) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<Owner> owners = new ArrayList<>();
		jdbc.query("""
				SELECT a.id, a.email, a.display_name, u.serial_display
				FROM unit u
				JOIN registration r ON r.active_unit_id = u.id
				JOIN account a ON a.id = r.owner_id
				WHERE %s
				ORDER BY a.id, u.serial_display""".formatted(where(rules, params)), params, rs -> {
			long id = rs.getLong(1);
			if (owners.isEmpty() || owners.get(owners.size() - 1).accountId() != id) {
				owners.add(new Owner(id, rs.getString(2), rs.getString(3), new ArrayList<>()));
			}
			owners.get(owners.size() - 1).serials().add(rs.getString(4));
		});
		return owners;
	}

	private static String where(Rules rules, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder("u.manufacturer_id = :maker AND u.model_id IN (:models)");
		params.addValue("maker", rules.manufacturerId());
		params.addValue("models", rules.modelIds().isEmpty() ? Set.of(-1L) : rules.modelIds());
		if (rules.serialFrom() != null) {
			where.append(" AND u.serial_key >= :serialFrom");
			params.addValue("serialFrom", rules.serialFrom());
		}
		if (rules.serialTo() != null) {
			where.append(" AND u.serial_key <= :serialTo");
			params.addValue("serialTo", rules.serialTo());
		}
		if (rules.manufacturedFrom() != null) {
			where.append(" AND (u.manufacture_date IS NULL OR u.manufacture_date >= :madeFrom)");
			params.addValue("madeFrom", rules.manufacturedFrom());
		}
		if (rules.manufacturedTo() != null) {
			where.append(" AND (u.manufacture_date IS NULL OR u.manufacture_date <= :madeTo)");
			params.addValue("madeTo", rules.manufacturedTo());
		}
		return where.toString();
	}
}
