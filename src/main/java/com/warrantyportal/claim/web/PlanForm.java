package com.warrantyportal.claim.web;

import java.time.LocalDate;

import com.warrantyportal.unit.ExtendedPlan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An extended plan staff add to the claim's unit. */
public class PlanForm extends StaffActionForm {

	@NotBlank(message = "{staff.plan.name}")
	@Size(max = 120, message = "{staff.plan.name}")
	private String planName;

	@NotNull(message = "{staff.plan.months}")
	@Min(value = 1, message = "{staff.plan.months}")
	@Max(value = ExtendedPlan.MAX_MONTHS, message = "{staff.plan.months}")
	private Integer planMonths;

	@NotNull(message = "{staff.plan.date}")
	@PastOrPresent(message = "{staff.plan.date}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate planPurchaseDate;

	public String getPlanName() {
		return planName;
	}

	public void setPlanName(String planName) {
		this.planName = planName;
	}

	public Integer getPlanMonths() {
		return planMonths;
	}

	public void setPlanMonths(Integer planMonths) {
		this.planMonths = planMonths;
	}

	public LocalDate getPlanPurchaseDate() {
		return planPurchaseDate;
	}

	public void setPlanPurchaseDate(LocalDate planPurchaseDate) {
		this.planPurchaseDate = planPurchaseDate;
	}
}
