package com.warrantyportal.claim.web;

import java.math.BigDecimal;

import com.warrantyportal.claim.Resolution;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An approval: the remedy, the replacement's serial for a replacement, the amount, a note for the owner, and the
 * approver's reason when the rules did not find the claim eligible (the decision service knows when it is needed).
 */
public class ApproveForm extends StaffActionForm {

	@NotNull(message = "{staff.approve.resolution}")
	private Resolution resolution;

	@Size(max = 64, message = "{staff.replace.serialFormatLength}")
	private String replacementSerial;

	@DecimalMin(value = "0", message = "{staff.approve.amount}")
	@Digits(integer = 10, fraction = 2, message = "{staff.approve.amount}")
	private BigDecimal amount;

	@Size(max = 2000, message = "{staff.approve.note}")
	private String approveNote;

	@Size(max = 1000, message = "{staff.approve.reason}")
	private String approveReason;

	/** A refund needs the amount refunded; reported beside the amount. */
	void checkRefund(Errors errors) {
		if (resolution == Resolution.REFUND && amount == null && !errors.hasFieldErrors("amount")) {
			errors.rejectValue("amount", "staff.approve.refundAmount");
		}
	}

	public Resolution getResolution() {
		return resolution;
	}

	public void setResolution(Resolution resolution) {
		this.resolution = resolution;
	}

	public String getReplacementSerial() {
		return replacementSerial;
	}

	public void setReplacementSerial(String replacementSerial) {
		this.replacementSerial = replacementSerial;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getApproveNote() {
		return approveNote;
	}

	public void setApproveNote(String approveNote) {
		this.approveNote = approveNote;
	}

	public String getApproveReason() {
		return approveReason;
	}

	public void setApproveReason(String approveReason) {
		this.approveReason = approveReason;
	}
}
