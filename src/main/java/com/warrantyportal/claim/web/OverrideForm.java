package com.warrantyportal.claim.web;

import com.warrantyportal.eligibility.VerdictStatus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A supervisor's override of the verdict, with the reason kept beside the engine's verdict. */
public class OverrideForm extends StaffActionForm {

	@NotNull(message = "{staff.override.verdict}")
	private VerdictStatus overrideVerdict;

	@NotBlank(message = "{staff.override.reason}")
	@Size(max = 1000, message = "{staff.override.reason}")
	private String overrideReason;

	public VerdictStatus getOverrideVerdict() {
		return overrideVerdict;
	}

	public void setOverrideVerdict(VerdictStatus overrideVerdict) {
		this.overrideVerdict = overrideVerdict;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public void setOverrideReason(String overrideReason) {
		this.overrideReason = overrideReason;
	}
}
