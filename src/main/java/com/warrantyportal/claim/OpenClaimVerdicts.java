package com.warrantyportal.claim;

import com.warrantyportal.claim.internal.ClaimRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the stored verdict of open claims in step with the terms; decided claims keep their snapshots. */
@Service
public class OpenClaimVerdicts {

	private final ClaimRepository claims;

	private final ClaimEligibility eligibility;

	OpenClaimVerdicts(ClaimRepository claims, ClaimEligibility eligibility) {
		this.claims = claims;
		this.eligibility = eligibility;
	}

	@Transactional
	public int refreshForModel(long modelId) {
		int refreshed = 0;
		for (Claim claim : claims.findOpenForModel(modelId, ClaimStatus.open())) {
			eligibility.refresh(claim);
			refreshed++;
		}
		return refreshed;
	}

	/** A fact of one unit changed (its status, its plans, its purchase): every open claim on it. */
	@Transactional
	public int refreshForUnit(long unitId) {
		int refreshed = 0;
		for (Claim claim : claims.findByUnitIdOrderByCreatedAtDesc(unitId)) {
			if (claim.getStatus().isOpen()) {
				eligibility.refresh(claim);
				refreshed++;
			}
		}
		return refreshed;
	}

	/** After the manufacturer's units were re-evaluated against its registry: every open claim on them. */
	@Transactional
	public int refreshForManufacturer(long manufacturerId) {
		int refreshed = 0;
		for (Claim claim : claims.findOpenForManufacturer(manufacturerId, ClaimStatus.open())) {
			eligibility.refresh(claim);
			refreshed++;
		}
		return refreshed;
	}
}
