package com.warrantyportal.claim.internal;

import com.warrantyportal.claim.OpenClaimVerdicts;
import com.warrantyportal.unit.RegistryImported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A registry import recomputed the serial statuses (and manufacture dates) of a manufacturer's units: the stored
 * verdicts of open claims on them are refreshed in the same transaction, so the import completes only with them.
 */
@Component
class RegistryVerdictRefresh {

	private final OpenClaimVerdicts verdicts;

	RegistryVerdictRefresh(OpenClaimVerdicts verdicts) {
		this.verdicts = verdicts;
	}

	@EventListener
	void on(RegistryImported imported) {
		verdicts.refreshForManufacturer(imported.manufacturerId());
	}
}
