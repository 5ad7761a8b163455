package com.warrantyportal.claim.internal;

import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.registration.TransferDecided;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a transfer completes, the previous owner's open claims on the unit end (and they are told), once the transfer
 * has committed; the event publication registry retries this until it succeeds.
 */
@Component
class TransferredClaims {

	private final ClaimService claims;

	TransferredClaims(ClaimService claims) {
		this.claims = claims;
	}

	@ApplicationModuleListener
	void on(TransferDecided decided) {
		if (decided.accepted()) {
			claims.endForTransfer(decided.unitId(), decided.previousOwnerId());
		}
	}
}
