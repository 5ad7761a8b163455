package com.warrantyportal.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Administrators' changes to the catalogue. Every change is audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdmin {

	public static final String AUDIT_TARGET = "MODEL";

	private final CatalogService catalog;

	private final AuditTrail audit;

	private final FileStorage files;

	CatalogAdmin(CatalogService catalog, AuditTrail audit, FileStorage files) {
		this.catalog = catalog;
		this.audit = audit;
		this.files = files;
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

	/**
	 * Stores an uploaded picture of where the serial label is and shows it to owners registering the model.
	 * @throws com.warrantyportal.files.FileRejectedException when it is not an accepted image
	 */
	@Transactional
	public void uploadLabelImage(long modelId, long adminId, MultipartFile upload, String actor) {
		StoredFile file = files.store(adminId, upload);
		if (!file.getKind().isImage()) {
			throw new FileRejectedException("file.notImage", file.getOriginalName());
		}
		catalog.setLabelImage(modelId, file.getId());
		audit.record(actor, "LABEL_PICTURE_SET", AUDIT_TARGET, modelId, file.getOriginalName());
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(long modelId) {
		return audit.of(AUDIT_TARGET, modelId);
	}
}
