package com.warrantyportal.claim.web;

import com.warrantyportal.claim.RejectionReason;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rejection: the reason from the list and a note the owner reads. */
public class RejectForm extends StaffActionForm {

	@NotNull(message = "{staff.reject.reason}")
	private RejectionReason reason;

	@NotBlank(message = "{staff.reject.note}")
	@Size(max = 2000, message = "{staff.reject.note}")
	private String rejectNote;

	public RejectionReason getReason() {
		return reason;
	}

	public void setReason(RejectionReason reason) {
		this.reason = reason;
	}

	public String getRejectNote() {
		return rejectNote;
	}

	public void setRejectNote(String rejectNote) {
		this.rejectNote = rejectNote;
	}
}
