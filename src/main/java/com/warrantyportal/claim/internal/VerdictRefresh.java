package com.warrantyportal.claim.internal;

import com.warrantyportal.catalog.TermsVersionAdded;
import com.warrantyportal.claim.OpenClaimVerdicts;
import com.warrantyportal.recall.RecallChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** New terms or a recall opened or closed change the live verdicts of open claims: refresh the stored ones. */
@Component
class VerdictRefresh {

	private final OpenClaimVerdicts verdicts;

	VerdictRefresh(OpenClaimVerdicts verdicts) {
		this.verdicts = verdicts;
	}

	@EventListener
	void on(TermsVersionAdded added) {
		verdicts.refreshForModel(added.modelId());
	}

	@EventListener
	void on(RecallChanged changed) {
		changed.modelIds().forEach(verdicts::refreshForModel);
	}
}
