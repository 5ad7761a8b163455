package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimStatusTest {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "SUBMITTED, IN_REVIEW, true", "SUBMITTED, APPROVED, false", "SUBMITTED, WITHDRAWN, true",
			"IN_REVIEW, INFO_REQUESTED, true", "INFO_REQUESTED, IN_REVIEW, true", "INFO_REQUESTED, APPROVED, false",
			"IN_REVIEW, APPROVED, true", "IN_REVIEW, REJECTED, true", "APPROVED, CLOSED, true",
			"REJECTED, CLOSED, true", "APPROVED, WITHDRAWN, false", "CLOSED, IN_REVIEW, false",
			"WITHDRAWN, IN_REVIEW, false" })
	void followsTheWorkflowOfTheDomain(ClaimStatus from, ClaimStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}
}
