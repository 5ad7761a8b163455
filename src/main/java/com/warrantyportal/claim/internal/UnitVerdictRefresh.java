package com.warrantyportal.claim.internal;

import com.warrantyportal.claim.OpenClaimVerdicts;
import com.warrantyportal.registration.PurchaseFactsChanged;
import com.warrantyportal.unit.UnitFactsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A unit's facts changed (reported stolen, found again, status settled, a plan added, its purchase corrected or its
 * receipt verified): the stored verdicts of its open claims, which the queue filters on, are computed again in the
 * same transaction, so they are never stale.
 */
@Component
class UnitVerdictRefresh {

	private final OpenClaimVerdicts verdicts;

	UnitVerdictRefresh(OpenClaimVerdicts verdicts) {
		this.verdicts = verdicts;
	}

	@EventListener
	void on(UnitFactsChanged changed) {
		verdicts.refreshForUnit(changed.unitId());
	}

	@EventListener
	void on(PurchaseFactsChanged changed) {
		verdicts.refreshForUnit(changed.unitId());
	}
}
