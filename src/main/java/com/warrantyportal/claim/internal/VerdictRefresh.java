package com.warrantyportal.claim.internal;

import com.warrantyportal.catalog.TermsVersionAdded;
import com.warrantyportal.claim.OpenClaimVerdicts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** New terms change the live verdict of open claims on that model: refresh the queue's stored verdicts. */
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
}
