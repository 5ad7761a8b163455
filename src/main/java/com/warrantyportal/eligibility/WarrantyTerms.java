package com.warrantyportal.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The warranty terms of a model in force on a given purchase date (docs/domain.md, "Warranty terms of a model"). */
public record WarrantyTerms(List<CoverageLine> lines, boolean transferable, int filingWindowDays, int noProofGraceDays,
		int registrationBonusMonths, int registrationWindowDays) {

	public static final WarrantyTerms DEFAULT = new WarrantyTerms(List.of(new CoverageLine("*", 12, 12)), true, 30, 90,
			0, 30);

	public WarrantyTerms {
		lines = List.copyOf(lines);
	}

	/** The claim's component's own line if the model has one, else the {@code *} line. */
	public Optional<CoverageLine> lineFor(String component) {
		String wanted = component == null ? "" : component.strip().toLowerCase(Locale.ROOT);
		return lines.stream()
			.filter(line -> line.component().equals(wanted))
			.findFirst()
			.or(() -> lines.stream().filter(CoverageLine::isCatchAll).findFirst());
	}
}
