package com.warrantyportal.unit.internal;

import java.time.Clock;

import com.warrantyportal.unit.RegistryCatalog;
import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImported;
import com.warrantyportal.unit.RegistryManufacturer;
import com.warrantyportal.unit.UnitService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last step of an import, in one transaction: the serial status of every unit of the manufacturer recomputed
 * against the registry as it now is, the import marked completed with what changed, and {@link RegistryImported}
 * published. Either all of it happens or the import stays as it was, to be resumed: it never looks complete with
 * stale statuses. Once it commits, the claim module re-evaluates the open claims on those units; the event stays in
 * the event publication registry until that has succeeded.
 */
@Component
public class RegistryImportCompletion {

	private final RegistryBatchWriter writer;

	private final UnitService units;

	private final RegistryCatalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistryImportCompletion(RegistryBatchWriter writer, UnitService units, RegistryCatalog catalog,
			ApplicationEventPublisher events, Clock clock) {
		this.writer = writer;
		this.units = units;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/** @throws ImportTakenOverException when the import changed since the worker's last commit */
	@Transactional
	public void complete(long importId, long expectedVersion) {
		RegistryImport registryImport = writer.runningLocked(importId, expectedVersion);
		RegistryManufacturer manufacturer = catalog.manufacturer(registryImport.getManufacturerId()).orElseThrow();
		UnitService.Recomputed recomputed = units.recomputeSerialStatuses(manufacturer.getId(),
				manufacturer.isKeepsRegistry());
		registryImport.complete(recomputed.statusesChanged(), recomputed.datesFilled(), clock.instant());
		events.publishEvent(new RegistryImported(manufacturer.getId(), importId));
	}
}
