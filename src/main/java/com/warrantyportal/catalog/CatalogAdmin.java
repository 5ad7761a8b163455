package com.warrantyportal.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.eligibility.WarrantyTerms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators' changes to the catalogue. Every change is audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdmin {

	public static final String AUDIT_TARGET = "MODEL";

	private final CatalogService catalog;

	private final AuditTrail audit;

	CatalogAdmin(CatalogService catalog, AuditTrail audit) {
		this.catalog = catalog;
		this.audit = audit;
	}

	/** Adds a terms version; refused (empty) when a version already starts on that date. */
	@Transactional
	public Optional<TermsVersion> addTermsVersion(long modelId, LocalDate effectiveFrom,
			WarrantyTerms terms, String actor) {
		if (catalog.hasTermsFrom(modelId, effectiveFrom)) {
			return Optional.empty();
		}
		TermsVersion version = catalog.addTermsVersion(modelId, effectiveFrom, terms, actor);
		audit.record(actor, "TERMS_VERSION_ADDED", AUDIT_TARGET, modelId, "From " + effectiveFrom + ": "
				+ String.join("; ", terms.lines().stream().map(Object::toString).toList()) + "; transferable "
				+ terms.transferable() + ", filing " + terms.filingWindowDays() + " d, grace "
				+ terms.noProofGraceDays() + " d, bonus " + terms.registrationBonusMonths() + " m within "
				+ terms.registrationWindowDays() + " d");
		return Optional.of(version);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(long modelId) {
		return audit.of(AUDIT_TARGET, modelId);
	}
}
