package com.warrantyportal.claim.internal;

import com.warrantyportal.claim.OpenClaimVerdicts;
import com.warrantyportal.registration.PurchaseFactsChanged;
import com.warrantyportal.unit.UnitFactsChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A unit's facts changed (reported stolen, found again, status settled, a plan added, its purchase corrected or its
 * receipt verified): the stored verdicts of its open claims, which the queue filters on, are computed again once
 * that change commits, in a transaction of their own. The event publication registry keeps the event until this
 * succeeds, so a failure here is retried rather than leaving a stale verdict.
 */
@Component
class UnitVerdictRefresh {

	private final OpenClaimVerdicts verdicts;

	UnitVerdictRefresh(OpenClaimVerdicts verdicts) {
		this.verdicts = verdicts;
	}

	@ApplicationModuleListener
	void on(UnitFactsChanged changed) {
		verdicts.refreshForUnit(changed.unitId());
	}

	@ApplicationModuleListener
	void on(PurchaseFactsChanged changed) {
		verdicts.refreshForUnit(changed.unitId());
	}
}
