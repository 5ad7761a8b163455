package com.warrantyportal.registration.internal;

import java.util.HashMap;
import java.util.Map;

import com.warrantyportal.catalog.CatalogUsage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the catalogue how many units and registry entries hang on its manufacturers and models. It lives here, where
 * units meet the catalogue, because the unit module cannot depend on the catalogue (the eligibility rules it feeds
 * depend on the unit's serial status).
 */
@Component
@Transactional(readOnly = true)
class UnitCounts implements CatalogUsage {

	private final JdbcTemplate jdbc;

	UnitCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Counts> byManufacturer() {
		Map<Long, Long> units = new HashMap<>();
		jdbc.query("SELECT manufacturer_id, COUNT(*) FROM unit GROUP BY manufacturer_id",
				row -> { units.put(row.getLong(1), row.getLong(2)); });
		Map<Long, Long> entries = new HashMap<>();
		jdbc.query("SELECT manufacturer_id, COUNT(*) FROM serial_registry_entry GROUP BY manufacturer_id",
				row -> { entries.put(row.getLong(1), row.getLong(2)); });
		Map<Long, Counts> counts = new HashMap<>();
		units.forEach((id, n) -> counts.put(id, new Counts(n, entries.getOrDefault(id, 0L))));
		entries.forEach((id, n) -> counts.putIfAbsent(id, new Counts(0, n)));
		return counts;
	}

	@Override
	public Counts ofManufacturer(long manufacturerId) {
		return counts("manufacturer_id", manufacturerId);
	}

	@Override
	public Counts ofModel(long modelId) {
		return counts("model_id", modelId);
	}

	private Counts counts(String column, long id) {
		Long units = jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE " + column + " = ?", Long.class, id);
		Long entries = jdbc.queryForObject("SELECT COUNT(*) FROM serial_registry_entry WHERE " + column + " = ?",
				Long.class, id);
		return new Counts(units == null ? 0 : units, entries == null ? 0 : entries);
	}

}
