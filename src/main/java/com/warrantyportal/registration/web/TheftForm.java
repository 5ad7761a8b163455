package com.warrantyportal.registration.web;

import java.time.LocalDate;

import com.warrantyportal.infrastructure.validation.PlausibleDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Reporting a product stolen or lost: since when, the police reference if there is one, and a confirmation. */
public class TheftForm {

	@NotNull(message = "{theft.missingSince.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate missingSince;

	@Size(max = 80, message = "{theft.policeReference.tooLong}")
	private String policeReference;

	@AssertTrue(message = "{theft.confirmed.required}")
	private boolean confirmed;

	public LocalDate getMissingSince() {
		return missingSince;
	}

	public void setMissingSince(LocalDate missingSince) {
		this.missingSince = missingSince;
	}

	public String getPoliceReference() {
		return policeReference;
	}

	public void setPoliceReference(String policeReference) {
		this.policeReference = policeReference;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}
}
