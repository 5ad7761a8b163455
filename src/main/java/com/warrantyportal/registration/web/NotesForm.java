package com.warrantyportal.registration.web;

import com.warrantyportal.registration.Registration;

import jakarta.validation.constraints.Size;

/** The owner's notes on a product, with the version of the product they loaded. */
public class NotesForm {

	private long version;

	@Size(max = Registration.NOTES_MAX_LENGTH, message = "{deviceBook.notes.tooLong}")
	private String notes;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getNotes() {
		return notes;
	}

	/** Browsers send a line break as two characters but count it as one against maxlength: so do we. */
	public void setNotes(String notes) {
		this.notes = notes == null ? null : notes.replace("\r\n", "\n");
	}
}
