package com.warrantyportal.registration;

import java.util.List;

/** The answer to a registration: registered, a transfer requested from the current owner, or refused with reasons. */
public sealed interface RegistrationOutcome {

	record Registered(Registration registration) implements RegistrationOutcome {
	}

	record TransferRequested(TransferRequest request) implements RegistrationOutcome {
	}

	record Refused(List<RegistrationProblem> problems) implements RegistrationOutcome {

		public Refused(RegistrationProblem problem) {
			this(List.of(problem));
		}
	}
}
