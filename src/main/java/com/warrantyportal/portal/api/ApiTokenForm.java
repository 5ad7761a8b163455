package com.warrantyportal.portal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** A new API token: the organisation it is for, its scope, the manufacturer it speaks for, and how long it lasts. */
public class ApiTokenForm {

	/** How long a token may be issued for, in days. */
	static final int[] VALIDITIES = { 30, 90, 180, 365, 730 };

	@NotBlank(message = "{apiToken.organisation}")
	@Size(max = 200, message = "{apiToken.organisation}")
	private String organisation;

	@NotNull(message = "{apiToken.scope}")
	private ApiScope scope;

	private Long manufacturerId;

	private int validDays = 365;

	/** What Bean Validation cannot say: a manufacturer's token names its manufacturer, a retailer's none. */
	void check(Errors errors) {
		if (scope == ApiScope.MANUFACTURER && manufacturerId == null) {
			errors.rejectValue("manufacturerId", "apiToken.manufacturer.required");
		}
		else if (scope == ApiScope.RETAILER && manufacturerId != null) {
			errors.rejectValue("manufacturerId", "apiToken.manufacturer.retailer");
		}
		if (java.util.Arrays.stream(VALIDITIES).noneMatch(days -> days == validDays)) {
			errors.rejectValue("validDays", "apiToken.validDays");
		}
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public ApiScope getScope() {
		return scope;
	}

	public void setScope(ApiScope scope) {
		this.scope = scope;
	}

	public Long getManufacturerId() {
		return manufacturerId;
	}

	public void setManufacturerId(Long manufacturerId) {
		this.manufacturerId = manufacturerId;
	}

	public int getValidDays() {
		return validDays;
	}

	public void setValidDays(int validDays) {
		this.validDays = validDays;
	}
}
