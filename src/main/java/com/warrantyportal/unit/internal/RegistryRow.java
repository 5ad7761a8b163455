package com.warrantyportal.unit.internal;

import java.time.LocalDate;

/** A loadable line of a registry file, its model number resolved to the model. */
public record RegistryRow(String serialKey, String serialDisplay, long modelId, LocalDate manufactureDate,
		LocalDate shipDate, String region) {
}
