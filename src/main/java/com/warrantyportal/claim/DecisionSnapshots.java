package com.warrantyportal.claim;

import java.time.Clock;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.TermsVersion;
import com.warrantyportal.claim.internal.VerdictSnapshotRepository;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the verdict as it stood when staff decided, with the terms then in force; later changes never rewrite it. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DecisionSnapshots {

	private final VerdictSnapshotRepository snapshots;

	private final ClaimEligibility eligibility;

	private final RegistrationService registrations;

	private final UnitService units;

	private final CatalogService catalog;

	private final Clock clock;

	DecisionSnapshots(VerdictSnapshotRepository snapshots, ClaimEligibility eligibility,
			RegistrationService registrations, UnitService units, CatalogService catalog, Clock clock) {
		this.snapshots = snapshots;
		this.eligibility = eligibility;
		this.registrations = registrations;
		this.units = units;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Recomputes the claim's verdict and keeps it, marked with what it was taken for. */
	void take(Claim claim, String takenFor) {
		EligibilityVerdict verdict = eligibility.refresh(claim);
		Registration registration = registrations.find(claim.getRegistrationId()).orElseThrow();
		Unit unit = units.find(claim.getUnitId()).orElseThrow();
		Long termsId = catalog.termsVersionInForce(unit.getModelId(), registration.getPurchaseDate())
			.map(TermsVersion::getId)
			.orElse(null);
		snapshots.save(new VerdictSnapshot(claim.getId(), clock.instant(), takenFor, verdict, termsId));
	}
}
