package com.warrantyportal.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.warrantyportal.eligibility.WarrantyTerms;

/**
 * Every terms version of some models, read at once, answering which terms were in force on a purchase date by the
 * rule of {@link CatalogService#termsInForce(long, LocalDate)}: the latest version effective on or before it; the
 * earliest version for a purchase before any; docs/domain.md's defaults for a model without versions.
 */
public final class TermsInForce {

	private final Map<Long, List<Version>> newestFirst;

	private final LocalDate today;

	private record Version(LocalDate effectiveFrom, WarrantyTerms terms) {
	}

	/** From versions read without entities: by model, each version's first day and terms, in any order. */
	static TermsInForce of(Map<Long, Map<LocalDate, WarrantyTerms>> versionsByModel, LocalDate today) {
		return new TermsInForce(newestFirst(versionsByModel), today);
	}

	private static Map<Long, List<Version>> newestFirst(Map<Long, Map<LocalDate, WarrantyTerms>> versionsByModel) {
		Map<Long, List<Version>> newestFirst = new HashMap<>();
		versionsByModel.forEach((model, versions) -> newestFirst.put(model, versions.entrySet()
			.stream()
			.map(version -> new Version(version.getKey(), version.getValue()))
			.sorted(Comparator.comparing(Version::effectiveFrom).reversed())
			.toList()));
		return newestFirst;
	}

	private TermsInForce(Map<Long, List<Version>> newestFirst, LocalDate today) {
		this.newestFirst = newestFirst;
		this.today = today;
	}

	/** The model's terms in force on the purchase date (today when it is not known). */
	public WarrantyTerms on(long modelId, LocalDate purchaseDate) {
		List<Version> versions = newestFirst.getOrDefault(modelId, List.of());
		if (versions.isEmpty()) {
			return WarrantyTerms.DEFAULT;
		}
		LocalDate date = purchaseDate == null ? today : purchaseDate;
		return versions.stream()
			.filter(version -> !version.effectiveFrom().isAfter(date))
			.findFirst()
			.orElse(versions.get(versions.size() - 1))
			.terms();
	}
}
