package com.warrantyportal.claim.web;

import com.warrantyportal.unit.SerialStatus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff settle a unit's serial status, saying what they checked. */
public class SerialStatusForm extends StaffActionForm {

	@NotNull(message = "{staff.serial.status}")
	private SerialStatus serialStatus;

	@NotBlank(message = "{staff.serial.note}")
	@Size(max = 1000, message = "{staff.serial.note}")
	private String serialNote;

	public SerialStatus getSerialStatus() {
		return serialStatus;
	}

	public void setSerialStatus(SerialStatus serialStatus) {
		this.serialStatus = serialStatus;
	}

	public String getSerialNote() {
		return serialNote;
	}

	public void setSerialNote(String serialNote) {
		this.serialNote = serialNote;
	}
}
