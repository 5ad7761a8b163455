package com.warrantyportal.recall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
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

	/** One covered unit as the campaign page lists it. */
	public record CoveredUnit(long unitId, String serial, String serialKey, String modelNumber,
			LocalDate manufactureDate, boolean possiblyAffected, boolean registered, LocalDate remediedOn,
			String remediedBy) {

		public boolean remedied() {
			return remediedOn != null;
		}
	}

	/** Which covered units to list: all, those whose remedy is still pending, or those remedied. */
	public enum RemedyFilter {
		ALL, PENDING, REMEDIED
	}

	/**
	 * A page of the campaign's covered (and possibly covered) units, by unit id after {@code afterUnitId}: a keyset
	 * page, as fast deep down the list as at its start.
	 */
	public List<CoveredUnit> units(long campaignId, Rules rules, RemedyFilter filter, long afterUnitId, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource("campaign", campaignId);
		StringBuilder where = new StringBuilder(where(rules, params));
		where.append(" AND u.id > :after");
		params.addValue("after", afterUnitId);
		if (filter == RemedyFilter.PENDING) {
			where.append(" AND rr.unit_id IS NULL");
		}
		else if (filter == RemedyFilter.REMEDIED) {
			where.append(" AND rr.unit_id IS NOT NULL");
		}
		boolean dated = rules.dated();
		return jdbc.query("""
				SELECT u.id, u.serial_display, u.serial_key, m.model_number, u.manufacture_date,
				       r.id AS registration_id, rr.remedied_on, rr.remedied_by
				FROM unit u
				JOIN product_model m ON m.id = u.model_id
				LEFT JOIN registration r ON r.active_unit_id = u.id
				LEFT JOIN recall_remedy rr ON rr.campaign_id = :campaign AND rr.unit_id = u.id
				WHERE %s
				ORDER BY u.id
				LIMIT %d""".formatted(where, limit), params,
				(rs, n) -> new CoveredUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), dated && rs.getObject(5) == null, rs.getObject(6) != null,
						rs.getObject(7, LocalDate.class), rs.getString(8)));
	}

	/**
	 * The open campaigns covering one unit, not yet remedied on it, as "title: remedy", in one plain statement by the
	 * campaign-model index: the rules of {@link RecallCampaign#covers} in SQL, for pages that need no entities.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<String> openTitlesFor(long unitId, long manufacturerId, long modelId, String serialKey,
			LocalDate manufactured) {
		MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId).addValue("maker", manufacturerId)
			.addValue("model", modelId)
			.addValue("serial", serialKey);
		String dates = "(c.manufactured_from IS NULL AND c.manufactured_to IS NULL)";
		if (manufactured != null) {
			dates = "((c.manufactured_from IS NULL OR c.manufactured_from <= :made) "
					+ "AND (c.manufactured_to IS NULL OR c.manufactured_to >= :made))";
			params.addValue("made", manufactured);
		}
		return jdbc.query("""
				SELECT c.title, c.remedy
				FROM recall_campaign_model cm
				JOIN recall_campaign c ON c.id = cm.campaign_id
				WHERE cm.model_id = :model AND c.closed_on IS NULL AND c.manufacturer_id = :maker
				  AND (c.serial_from IS NULL OR c.serial_from <= :serial)
				  AND (c.serial_to IS NULL OR c.serial_to >= :serial)
				  AND %s
				  AND NOT EXISTS (SELECT 1 FROM recall_remedy r WHERE r.campaign_id = c.id AND r.unit_id = :unit)
				ORDER BY c.opened_on, c.id""".formatted(dates), params,
				(rs, n) -> rs.getString(1) + ": " + rs.getString(2));
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

	/** The account ids of the owners of covered (or possibly covered) units with an active registration, in order. */
	List<Long> ownerIds(Rules rules) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		return jdbc.queryForList("""
				SELECT DISTINCT r.owner_id
				FROM unit u
				JOIN registration r ON r.active_unit_id = u.id
				WHERE %s
				ORDER BY r.owner_id""".formatted(where(rules, params)), params, Long.class);
	}

	/**
	 * These accounts as owners of covered (or possibly covered) units with an active registration, each once with
	 * their serials; read from the accounts' registrations.
	 */
	List<Owner> ownersAmong(Rules rules, Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("owners", accountIds);
		List<Owner> owners = new ArrayList<>();
		jdbc.query("""
				SELECT a.id, a.email, a.display_name, u.serial_display
				FROM unit u
				JOIN registration r ON r.active_unit_id = u.id
				JOIN account a ON a.id = r.owner_id
				WHERE %s AND r.owner_id IN (:owners)
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
