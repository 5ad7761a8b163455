package com.warrantyportal.catalog.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A new version of a model's warranty terms, as an administrator types it. */
public class TermsForm {

	@NotNull(message = "{terms.effectiveFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@NotBlank(message = "{terms.lines.required}")
	private String lines;

	private boolean transferable = true;

	@NotNull(message = "{terms.filingWindowDays.range}")
	@Min(value = 1, message = "{terms.filingWindowDays.range}")
	@Max(value = 365, message = "{terms.filingWindowDays.range}")
	private Integer filingWindowDays = 30;

	@NotNull(message = "{terms.noProofGraceDays.range}")
	@Min(value = 0, message = "{terms.noProofGraceDays.range}")
	@Max(value = 365, message = "{terms.noProofGraceDays.range}")
	private Integer noProofGraceDays = 90;

	@NotNull(message = "{terms.registrationBonusMonths.range}")
	@Min(value = 0, message = "{terms.registrationBonusMonths.range}")
	@Max(value = 60, message = "{terms.registrationBonusMonths.range}")
	private Integer registrationBonusMonths = 0;

	@NotNull(message = "{terms.registrationWindowDays.range}")
	@Min(value = 0, message = "{terms.registrationWindowDays.range}")
	@Max(value = 365, message = "{terms.registrationWindowDays.range}")
	private Integer registrationWindowDays = 30;

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getLines() {
		return lines;
	}

	public void setLines(String lines) {
		this.lines = lines;
	}

	public boolean isTransferable() {
		return transferable;
	}

	public void setTransferable(boolean transferable) {
		this.transferable = transferable;
	}

	public Integer getFilingWindowDays() {
		return filingWindowDays;
	}

	public void setFilingWindowDays(Integer filingWindowDays) {
		this.filingWindowDays = filingWindowDays;
	}

	public Integer getNoProofGraceDays() {
		return noProofGraceDays;
	}

	public void setNoProofGraceDays(Integer noProofGraceDays) {
		this.noProofGraceDays = noProofGraceDays;
	}

	public Integer getRegistrationBonusMonths() {
		return registrationBonusMonths;
	}

	public void setRegistrationBonusMonths(Integer registrationBonusMonths) {
		this.registrationBonusMonths = registrationBonusMonths;
	}

	public Integer getRegistrationWindowDays() {
		return registrationWindowDays;
	}

	public void setRegistrationWindowDays(Integer registrationWindowDays) {
		this.registrationWindowDays = registrationWindowDays;
	}
}
