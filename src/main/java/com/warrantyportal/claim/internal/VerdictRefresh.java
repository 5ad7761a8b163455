package com.warrantyportal.claim.internal;

import com.warrantyportal.catalog.TermsVersionAdded;
import com.warrantyportal.claim.OpenClaimVerdicts;
import com.warrantyportal.recall.RecallChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * New terms, or a recall opened, closed or remedied, change the live verdicts of open claims: the stored ones are
 * refreshed after the change commits (retried from the event publication registry if this fails).
 */
@Component
class VerdictRefresh {

	private final OpenClaimVerdicts verdicts;

	VerdictRefresh(OpenClaimVerdicts verdicts) {
		this.verdicts = verdicts;
	}

	@ApplicationModuleListener
	void on(TermsVersionAdded added) {
		verdicts.refreshForModel(added.modelId());
	}

	@ApplicationModuleListener
	void on(RecallChanged changed) {
		changed.modelIds().forEach(verdicts::refreshForModel);
	}
}
