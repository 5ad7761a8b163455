package com.warrantyportal.claim;

import java.util.Optional;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.SerialFormatCatalog;
import com.warrantyportal.catalog.SerialFormats;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialRegistryEntry;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The new unit of an approved replacement: a new serial of the same maker and model, in the maker's format and
 * unknown to the portal; the registration moves to it and it inherits the old unit's extended plans.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReplacementUnits {

	private final CatalogService catalog;

	private final SerialFormatCatalog serialFormats;

	private final UnitService units;

	private final RegistrationService registrations;

	ReplacementUnits(CatalogService catalog, SerialFormatCatalog serialFormats, UnitService units,
			RegistrationService registrations) {
		this.catalog = catalog;
		this.serialFormats = serialFormats;
		this.units = units;
		this.registrations = registrations;
	}

	/** @return the new unit's serial, as shown */
	String replace(Claim claim, String typedSerial, StaffActor actor) {
		SerialNumber serial = SerialNumber.of(typedSerial);
		if (serial.isBlank()) {
			throw new StaffActionRefusedException("staff.replace.serialRequired");
		}
		Unit old = units.find(claim.getUnitId()).orElseThrow();
		Manufacturer maker = catalog.findManufacturer(old.getManufacturerId()).orElseThrow();
		SerialFormats formats = serialFormats.serialFormatsFor(old.getModelId());
		if (!formats.accepts(serial.key())) {
			throw formats.example()
				.map(example -> new StaffActionRefusedException("staff.replace.serialFormat", maker.getName(), example))
				.orElseGet(() -> new StaffActionRefusedException("serialFormat.replace.noExample", maker.getName()));
		}
		if (units.find(maker.getId(), serial).isPresent()) {
			throw new StaffActionRefusedException("staff.replace.serialTaken", serial.display());
		}
		Optional<SerialRegistryEntry> entry = maker.isKeepsRegistry() ? units.registryEntry(maker.getId(), serial)
				: Optional.empty();
		Unit replacement = units.create(maker.getId(), old.getModelId(), serial,
				SerialStatus.fromRegistry(maker.isKeepsRegistry(), entry, old.getModelId()),
				entry.map(SerialRegistryEntry::getManufactureDate)
					.or(() -> formats.manufactureDate(serial.key()))
					.orElse(null));
		registrations.moveToReplacement(claim.getRegistrationId(), replacement.getId());
		units.copyPlans(old.getId(), replacement.getId(), actor.label());
		return serial.display();
	}
}
