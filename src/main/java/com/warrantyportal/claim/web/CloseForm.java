package com.warrantyportal.claim.web;

import jakarta.validation.constraints.Size;

/** Closing a decided claim, with an optional note for the timeline. */
public class CloseForm extends StaffActionForm {

	@Size(max = 2000, message = "{staff.close.note}")
	private String closeNote;

	public String getCloseNote() {
		return closeNote;
	}

	public void setCloseNote(String closeNote) {
		this.closeNote = closeNote;
	}
}
