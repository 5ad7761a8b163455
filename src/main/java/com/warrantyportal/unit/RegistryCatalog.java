package com.warrantyportal.unit;

import java.util.Map;
import java.util.Optional;

/**
 * What registry imports need to know of the catalogue. The unit module cannot ask the catalogue itself (the
 * catalogue's terms feed the eligibility rules, which depend on the serial status kept here), so a module that knows
 * both answers through this interface.
 */
public interface RegistryCatalog {

	/** The manufacturer whose registry is imported; empty when there is none with this id. */
	Optional<RegistryManufacturer> manufacturer(long manufacturerId);

	/** Every model number key of the manufacturer (retired models included) with its model id. */
	Map<String, Long> modelIdsByNumberKey(long manufacturerId);

	/** The key of a model number as typed, as the catalogue compares model numbers. */
	String modelNumberKey(String typed);
}
