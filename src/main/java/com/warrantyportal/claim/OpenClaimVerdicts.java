package com.warrantyportal.claim;

import com.warrantyportal.claim.internal.ClaimRepository;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.registration.RegistrationService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the stored verdict of open claims in step with the terms; decided claims keep their snapshots. */
@Service
public class OpenClaimVerdicts {

	private final ClaimRepository claims;

	private final ClaimEligibility eligibility;

	private final RegistrationService registrations;

	OpenClaimVerdicts(ClaimRepository claims, ClaimEligibility eligibility, RegistrationService registrations) {
		this.claims = claims;
		this.eligibility = eligibility;
		this.registrations = registrations;
	}

	@Transactional
	public int refreshForModel(long modelId) {
		int refreshed = 0;
		for (Claim claim : claims.findOpenForModel(modelId, ClaimStatus.open())) {
			var registration = registrations.find(claim.getRegistrationId()).orElseThrow();
			EligibilityVerdict verdict = eligibility.evaluate(registration, claim.getComponent(), claim.getCause(),
					claim.getFailureDate(), claim.getFiledOn(), false);
			claim.recordVerdict(verdict.status(), verdict.coverage());
			refreshed++;
		}
		return refreshed;
	}
}
