package com.warrantyportal.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the engine needs to judge one claim. Unknown dates are {@code null}.
 *
 * @param openRecallComponents components of the open recall campaigns that cover this unit ({@code *} for all)
 */
public record ClaimFacts(WarrantyTerms terms, int extendedPlanMonths, LocalDate purchaseDate, boolean proofVerified,
		LocalDate manufactureDate, LocalDate registeredDate, boolean originalOwner, SerialState serialStatus,
		Set<String> openRecallComponents, String component, Cause cause, LocalDate failureDate, LocalDate claimDate) {

	public ClaimFacts {
		Objects.requireNonNull(terms, "terms");
		Objects.requireNonNull(serialStatus, "serialStatus");
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(failureDate, "failureDate");
		Objects.requireNonNull(claimDate, "claimDate");
		openRecallComponents = openRecallComponents == null ? Set.of() : Set.copyOf(openRecallComponents);
		component = component == null ? "" : component.strip().toLowerCase(java.util.Locale.ROOT);
	}
}
