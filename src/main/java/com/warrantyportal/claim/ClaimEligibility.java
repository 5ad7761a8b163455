package com.warrantyportal.claim;

import java.time.LocalDate;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.ClaimFacts;
import com.warrantyportal.eligibility.EligibilityEngine;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.eligibility.SerialState;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.stereotype.Component;

/**
 * Gathers the facts of a claim from the catalogue, the unit and the registration and asks the engine. The terms
 * are those in force on the purchase date.
 */
@Component
public class ClaimEligibility {

	private final EligibilityEngine engine = new EligibilityEngine();

	private final CatalogService catalog;

	private final UnitService units;

	private final Recalls recalls;

	private final RegistrationService registrations;

	ClaimEligibility(CatalogService catalog, UnitService units, Recalls recalls, RegistrationService registrations) {
		this.catalog = catalog;
		this.units = units;
		this.recalls = recalls;
		this.registrations = registrations;
	}

	/** The claim's verdict as of now, from the facts of its registration (proof must be verified to count). */
	public EligibilityVerdict evaluate(Claim claim) {
		Registration registration = registrations.find(claim.getRegistrationId()).orElseThrow();
		return evaluate(registration, claim.getComponent(), claim.getCause(), claim.getFailureDate(),
				claim.getFiledOn(), false);
	}

	/** Recomputes the claim's verdict and keeps it on the claim for the queue; returns it. */
	EligibilityVerdict refresh(Claim claim) {
		EligibilityVerdict verdict = evaluate(claim);
		claim.recordVerdict(verdict.status(), verdict.coverage());
		return verdict;
	}

	/**
	 * @param assumeProofVerified for the owner's non-binding preview: a receipt that is attached but not yet checked is
	 * taken as verified, and the preview says so
	 */
	public EligibilityVerdict evaluate(Registration registration, String component, Cause cause,
			LocalDate failureDate, LocalDate claimDate, boolean assumeProofVerified) {
		Unit unit = units.find(registration.getUnitId()).orElseThrow();
		boolean proof = registration.isProofVerified()
				|| (assumeProofVerified && registration.getProofFileId() != null);
		ClaimFacts facts = new ClaimFacts(catalog.termsInForce(unit.getModelId(), registration.getPurchaseDate()),
				units.extendedMonths(unit.getId()),
				registration.getPurchaseDate(), proof, unit.getManufactureDate(), registration.getRegisteredOn(),
				registration.isOriginalPurchaser(), SerialState.valueOf(unit.getSerialStatus().name()), recalls.openComponentsFor(unit.getId()), component,
				cause, failureDate,
				claimDate);
		return engine.evaluate(facts);
	}
}
