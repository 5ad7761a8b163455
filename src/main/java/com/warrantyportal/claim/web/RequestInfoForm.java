package com.warrantyportal.claim.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The question staff put to the owner. */
public class RequestInfoForm extends StaffActionForm {

	@NotBlank(message = "{staff.requestInfo.message}")
	@Size(max = 2000, message = "{staff.requestInfo.message}")
	private String message;

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}
}
