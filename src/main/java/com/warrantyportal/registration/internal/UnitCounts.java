package com.warrantyportal.registration.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.warrantyportal.catalog.CatalogUsage;

import org.springframework.beans.factory.annotation.Value;
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

	/*
	 * Every manufacturer's counts, and each manufacturer's, as counted at most warranty.counts.fresh-for (a minute)
	 * ago on this instance: they read every unit and registry entry of the manufacturers (hundreds of thousands) and
	 * are shown, never relied on. A model's counts guard its removal: those are counted each time, from the model's
	 * own index range.
	 */
	private final Cache<Boolean, Map<Long, Counts>> everyManufacturer;

	private final Cache<Long, Counts> ofManufacturer;

	UnitCounts(JdbcTemplate jdbc, @Value("${warranty.counts.fresh-for:1m}") Duration freshFor) {
		this.jdbc = jdbc;
		this.everyManufacturer = Caffeine.newBuilder().expireAfterWrite(freshFor).build();
		this.ofManufacturer = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(freshFor).build();
	}

	@Override
	public Map<Long, Counts> byManufacturer() {
		return everyManufacturer.get(Boolean.TRUE, all -> countByManufacturer());
	}

	private Map<Long, Counts> countByManufacturer() {
		Map<Long, Long> units = new HashMap<>();
		jdbc.query("SELECT manufacturer_id, COUNT(*) FROM unit GROUP BY manufacturer_id",
				row -> { units.put(row.getLong(1), row.getLong(2)); });
		Map<Long, Long> entries = new HashMap<>();
		jdbc.query("SELECT manufacturer_id, COUNT(*) FROM serial_registry_entry GROUP BY manufacturer_id",
				row -> { entries.put(row.getLong(1), row.getLong(2)); });
		Map<Long, Counts> counts = new HashMap<>();
		units.forEach((id, n) -> counts.put(id, new Counts(n, entries.getOrDefault(id, 0L))));
		entries.forEach((id, n) -> counts.putIfAbsent(id, new Counts(0, n)));
		return Map.copyOf(counts);
	}

	@Override
	public Counts ofManufacturer(long manufacturerId) {
		return ofManufacturer.get(manufacturerId, id -> counts("manufacturer_id", id));
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
