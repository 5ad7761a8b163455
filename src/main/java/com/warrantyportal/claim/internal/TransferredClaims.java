package com.warrantyportal.claim.internal;

import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.registration.TransferDecided;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a transfer completes, the previous owner's open claims on the unit end, in the same transaction. */
@Component
class TransferredClaims {

	private final ClaimService claims;

	TransferredClaims(ClaimService claims) {
		this.claims = claims;
	}

	@EventListener
	void on(TransferDecided decided) {
		if (decided.accepted()) {
			claims.endForTransfer(decided.unitId(), decided.previousOwnerId());
		}
	}
}
