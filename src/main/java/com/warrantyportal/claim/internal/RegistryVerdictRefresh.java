package com.warrantyportal.claim.internal;

import com.warrantyportal.claim.OpenClaimVerdicts;
import com.warrantyportal.unit.RegistryImported;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A registry import recomputed the serial statuses (and manufacture dates) of a manufacturer's units: the stored
 * verdicts of open claims on them are refreshed once the import has committed (retried from the event publication
 * registry if this fails).
 */
@Component
class RegistryVerdictRefresh {

	private final OpenClaimVerdicts verdicts;

	RegistryVerdictRefresh(OpenClaimVerdicts verdicts) {
		this.verdicts = verdicts;
	}

	@ApplicationModuleListener
	void on(RegistryImported imported) {
		verdicts.refreshForManufacturer(imported.manufacturerId());
	}
}
