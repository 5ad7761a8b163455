package com.warrantyportal.catalog.web;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.infrastructure.validation.PlausibleDate;
import com.warrantyportal.eligibility.WarrantyTerms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A new version of a model's warranty terms, as an administrator types it. */
public class TermsForm {

	private static final Pattern COMPONENT = Pattern.compile("[*]|[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,62}");

	@NotNull(message = "{terms.effectiveFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate effectiveFrom;

	/** The coverage lines editor: one row per component; blank rows are ignored. */
	private List<CoverageRow> lines = new ArrayList<>();

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

	public List<CoverageRow> getLines() {
		return lines;
	}

	public void setLines(List<CoverageRow> lines) {
		this.lines = lines;
	}

	/** Fills the form with terms in force, plus blank rows to add lines to. */
	public static TermsForm of(WarrantyTerms terms) {
		TermsForm form = new TermsForm();
		terms.lines().forEach(l -> form.lines.add(new CoverageRow(l.component(), l.partsMonths(), l.labourMonths())));
		form.setTransferable(terms.transferable());
		form.setFilingWindowDays(terms.filingWindowDays());
		form.setNoProofGraceDays(terms.noProofGraceDays());
		form.setRegistrationBonusMonths(terms.registrationBonusMonths());
		form.setRegistrationWindowDays(terms.registrationWindowDays());
		return form.withBlankRows();
	}

	/** Makes sure two blank rows are there to type new lines into (pages work without JavaScript). */
	public TermsForm withBlankRows() {
		long blank = lines.stream().filter(CoverageRow::isBlank).count();
		for (long i = blank; i < 2; i++) {
			lines.add(new CoverageRow());
		}
		return this;
	}

	/**
	 * Checks the coverage rows, each problem beside its field ({@code prefix} is the path of this form inside the
	 * page's form object, e.g. {@code "terms."}), and gives the lines when all are right.
	 */
	public Optional<List<CoverageLine>> coverageLines(Errors errors, String prefix) {
		List<CoverageLine> parsed = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean ok = true;
		for (int i = 0; i < lines.size(); i++) {
			CoverageRow row = lines.get(i);
			String path = prefix + "lines[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			String component = row.getComponent() == null ? "" : row.getComponent().strip().toLowerCase(Locale.ROOT);
			if (component.isEmpty()) {
				errors.rejectValue(path + "component", "terms.line.component.required");
				ok = false;
			}
			else if (!COMPONENT.matcher(component).matches()) {
				errors.rejectValue(path + "component", "terms.line.component.invalid");
				ok = false;
			}
			else if (!seen.add(component)) {
				errors.rejectValue(path + "component", "terms.line.component.twice", new Object[] { component }, null);
				ok = false;
			}
			ok &= months(errors, path + "partsMonths", row.getPartsMonths(), "terms.line.partsMonths");
			ok &= months(errors, path + "labourMonths", row.getLabourMonths(), "terms.line.labourMonths");
			if (ok) {
				parsed.add(new CoverageLine(component, row.getPartsMonths(), row.getLabourMonths()));
			}
		}
		if (ok && !seen.contains(CoverageLine.ANY_COMPONENT)) {
			errors.rejectValue(prefix + "lines", "terms.lines.required");
			ok = false;
		}
		return ok ? Optional.of(parsed) : Optional.empty();
	}

	/** The terms this form gives, once {@link #coverageLines} found the lines right. */
	public WarrantyTerms toTerms(List<CoverageLine> coverage) {
		return new WarrantyTerms(coverage, transferable, filingWindowDays, noProofGraceDays, registrationBonusMonths,
				registrationWindowDays);
	}

	private static boolean months(Errors errors, String path, Integer months, String code) {
		if (errors.hasFieldErrors(path)) {
			return false; // not a number: the type mismatch message is already there
		}
		if (months == null || months < 0 || months > 600) {
			errors.rejectValue(path, code);
			return false;
		}
		return true;
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
