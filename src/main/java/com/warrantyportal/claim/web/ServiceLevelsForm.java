package com.warrantyportal.claim.web;

import com.warrantyportal.claim.ServiceLevels;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The administrators' form for the working days staff have: to a first response, and to a decision. */
public class ServiceLevelsForm {

	@NotNull(message = "{serviceLevels.firstResponse.required}")
	@Min(value = 1, message = "{serviceLevels.days.range}")
	@Max(value = 60, message = "{serviceLevels.days.range}")
	private Integer firstResponseDays;

	@NotNull(message = "{serviceLevels.decision.required}")
	@Min(value = 1, message = "{serviceLevels.days.range}")
	@Max(value = 120, message = "{serviceLevels.decision.range}")
	private Integer decisionDays;

	static ServiceLevelsForm of(ServiceLevels.Targets targets) {
		ServiceLevelsForm form = new ServiceLevelsForm();
		form.firstResponseDays = targets.firstResponseDays();
		form.decisionDays = targets.decisionDays();
		return form;
	}

	ServiceLevels.Targets targets() {
		return new ServiceLevels.Targets(firstResponseDays, decisionDays);
	}

	public Integer getFirstResponseDays() {
		return firstResponseDays;
	}

	public void setFirstResponseDays(Integer firstResponseDays) {
		this.firstResponseDays = firstResponseDays;
	}

	public Integer getDecisionDays() {
		return decisionDays;
	}

	public void setDecisionDays(Integer decisionDays) {
		this.decisionDays = decisionDays;
	}
}
