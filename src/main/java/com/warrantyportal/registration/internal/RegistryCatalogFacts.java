package com.warrantyportal.registration.internal;

import java.util.Map;
import java.util.Optional;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.unit.RegistryCatalog;
import com.warrantyportal.unit.RegistryManufacturer;

import org.springframework.stereotype.Component;

/**
 * Tells registry imports what they need of the catalogue. It lives here, where units meet the catalogue, because the
 * unit module cannot depend on the catalogue (the eligibility rules it feeds depend on the unit's serial status).
 */
@Component
class RegistryCatalogFacts implements RegistryCatalog {

	private final CatalogService catalog;

	RegistryCatalogFacts(CatalogService catalog) {
		this.catalog = catalog;
	}

	@Override
	public Optional<RegistryManufacturer> manufacturer(long manufacturerId) {
		return catalog.findManufacturer(manufacturerId)
			.map(m -> new RegistryManufacturer(m.getId(), m.getName(), m.isKeepsRegistry()));
	}

	@Override
	public Map<String, Long> modelIdsByNumberKey(long manufacturerId) {
		return catalog.modelIdsByNumberKey(manufacturerId);
	}

	@Override
	public String modelNumberKey(String typed) {
		return ModelNumber.normalise(typed);
	}
}
