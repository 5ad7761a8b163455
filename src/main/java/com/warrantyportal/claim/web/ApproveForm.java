package com.warrantyportal.claim.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.warrantyportal.claim.CostKind;
import com.warrantyportal.claim.CostLine;
import com.warrantyportal.claim.Resolution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An approval: the remedy, the replacement's serial for a replacement, its costs (parts, labour, shipping, and for a
 * refund the amount paid back) in one currency, a note for the owner, and the approver's reason when the rules did not
 * find the claim eligible (the decision service knows when it is needed). The approved amount is the costs' sum.
 */
public class ApproveForm extends StaffActionForm {

	@NotNull(message = "{staff.approve.resolution}")
	private Resolution resolution;

	@Size(max = 64, message = "{staff.replace.serialFormatLength}")
	private String replacementSerial;

	@CostAmount
	private BigDecimal partsCost;

	@CostAmount
	private BigDecimal labourCost;

	@CostAmount
	private BigDecimal shippingCost;

	@CostAmount
	private BigDecimal refundAmount;

	@Size(max = 3, message = "{staff.approve.currency}")
	private String costCurrency;

	@Size(max = 2000, message = "{staff.approve.note}")
	private String approveNote;

	@Size(max = 1000, message = "{staff.approve.reason}")
	private String approveReason;

	/**
	 * What Bean Validation cannot say alone: a refund needs the amount refunded and only a refund has one; the
	 * currency is one of those offered ({@code currencies}, the portal's first, which a form without one uses).
	 */
	void checkCosts(Errors errors, List<String> currencies) {
		if (!errors.hasFieldErrors("refundAmount")) {
			boolean refunded = refundAmount != null && refundAmount.signum() > 0;
			if (resolution == Resolution.REFUND && !refunded) {
				errors.rejectValue("refundAmount", "staff.approve.refundAmount");
			}
			else if (resolution != null && resolution != Resolution.REFUND && refundAmount != null
					&& refundAmount.signum() != 0) {
				errors.rejectValue("refundAmount", "staff.approve.refundOnly");
			}
		}
		if (costCurrency == null || costCurrency.isBlank()) {
			costCurrency = currencies.get(0);
		}
		else if (!errors.hasFieldErrors("costCurrency") && !currencies.contains(costCurrency)) {
			errors.rejectValue("costCurrency", "staff.approve.currency");
		}
	}

	/** The costs given, in the form's order, leaving out the empty ones and the zeros. */
	List<CostLine> costLines() {
		List<CostLine> lines = new ArrayList<>();
		add(lines, CostKind.PARTS, partsCost);
		add(lines, CostKind.LABOUR, labourCost);
		add(lines, CostKind.SHIPPING, shippingCost);
		add(lines, CostKind.REFUND, refundAmount);
		return lines;
	}

	private void add(List<CostLine> lines, CostKind kind, BigDecimal amount) {
		if (amount != null && amount.signum() > 0) {
			lines.add(new CostLine(kind, amount, costCurrency));
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

	public BigDecimal getPartsCost() {
		return partsCost;
	}

	public void setPartsCost(BigDecimal partsCost) {
		this.partsCost = partsCost;
	}

	public BigDecimal getLabourCost() {
		return labourCost;
	}

	public void setLabourCost(BigDecimal labourCost) {
		this.labourCost = labourCost;
	}

	public BigDecimal getShippingCost() {
		return shippingCost;
	}

	public void setShippingCost(BigDecimal shippingCost) {
		this.shippingCost = shippingCost;
	}

	public BigDecimal getRefundAmount() {
		return refundAmount;
	}

	public void setRefundAmount(BigDecimal refundAmount) {
		this.refundAmount = refundAmount;
	}

	public String getCostCurrency() {
		return costCurrency;
	}

	public void setCostCurrency(String costCurrency) {
		this.costCurrency = costCurrency;
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
