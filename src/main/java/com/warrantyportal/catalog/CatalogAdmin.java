package com.warrantyportal.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.internal.ManufacturerRepository;
import com.warrantyportal.catalog.internal.ModelDocumentRepository;
import com.warrantyportal.catalog.internal.ProductModelRepository;
import com.warrantyportal.catalog.internal.SparePartRepository;
import com.warrantyportal.catalog.internal.TermsVersionRepository;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Administrators' changes to the catalogue. Every change is audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdmin {

	public static final String AUDIT_TARGET = "MODEL";

	public static final String MANUFACTURER_TARGET = "MANUFACTURER";

	private final CatalogService catalog;

	private final AuditTrail audit;

	private final FileStorage files;

	private final ManufacturerRepository manufacturers;

	private final ProductModelRepository models;

	private final TermsVersionRepository terms;

	private final SparePartRepository parts;

	private final ModelDocumentRepository documents;

	private final CatalogUsage usage;

	private final Clock clock;

	CatalogAdmin(CatalogService catalog, AuditTrail audit, FileStorage files, ManufacturerRepository manufacturers,
			ProductModelRepository models, TermsVersionRepository terms, SparePartRepository parts,
			ModelDocumentRepository documents, CatalogUsage usage, Clock clock) {
		this.catalog = catalog;
		this.audit = audit;
		this.files = files;
		this.manufacturers = manufacturers;
		this.models = models;
		this.terms = terms;
		this.parts = parts;
		this.documents = documents;
		this.usage = usage;
		this.clock = clock;
	}

	/** A new manufacturer; refused when one of that name (case ignored) exists. */
	@Transactional
	public Manufacturer createManufacturer(ManufacturerDetails details, String actor) {
		refuseTakenName(details.name(), null);
		Manufacturer manufacturer = new Manufacturer(details.name(), details.website(), details.supportEmail(),
				details.supportPhone(), details.keepsRegistry());
		try {
			manufacturers.saveAndFlush(manufacturer);
		}
		catch (DataIntegrityViolationException ex) {
			throw new CatalogChangeRefused("name", "manufacturer.name.taken", details.name());
		}
		audit.record(actor, "MANUFACTURER_CREATED", MANUFACTURER_TARGET, manufacturer.getId(), details.toString());
		return manufacturer;
	}

	/** Changes a manufacturer as it was at {@code version}; refused when someone changed it since. */
	@Transactional
	public Manufacturer updateManufacturer(long id, long version, ManufacturerDetails details, String actor) {
		Manufacturer manufacturer = manufacturers.findById(id).orElseThrow(() -> notFound("manufacturer"));
		if (manufacturer.getVersion() != version) {
			throw CatalogChangeRefused.conflict();
		}
		refuseTakenName(details.name(), id);
		String before = new ManufacturerDetails(manufacturer.getName(), manufacturer.getWebsite(),
				manufacturer.getSupportEmail(), manufacturer.getSupportPhone(), manufacturer.isKeepsRegistry())
			.toString();
		manufacturer.describe(details.name(), details.website(), details.supportEmail(), details.supportPhone(),
				details.keepsRegistry());
		try {
			manufacturers.saveAndFlush(manufacturer);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw CatalogChangeRefused.conflict();
		}
		catch (DataIntegrityViolationException ex) {
			throw new CatalogChangeRefused("name", "manufacturer.name.taken", details.name());
		}
		audit.record(actor, "MANUFACTURER_CHANGED", MANUFACTURER_TARGET, id, before + " → " + details);
		return manufacturer;
	}

	/** A new model with its first warranty terms, in force for purchases from {@code termsFrom}. */
	@Transactional
	public ProductModel createModel(long manufacturerId, ModelDetails details, LocalDate termsFrom,
			WarrantyTerms warrantyTerms, String actor) {
		Manufacturer maker = manufacturers.findById(manufacturerId)
			.orElseThrow(() -> new CatalogChangeRefused("manufacturerId", "model.manufacturer.unknown"));
		refuseTakenNumber(manufacturerId, details.number(), null, maker.getName());
		ProductModel model = new ProductModel(manufacturerId, details.number().display(), details.name(),
				details.category(), details.releaseDate(), details.serialLabelHint(), details.components());
		try {
			models.saveAndFlush(model);
		}
		catch (DataIntegrityViolationException ex) {
			throw new CatalogChangeRefused("modelNumber", "model.number.taken", details.number().display(),
					maker.getName());
		}
		terms.save(new TermsVersion(model.getId(), termsFrom, warrantyTerms, clock.instant(), actor));
		audit.record(actor, "MODEL_CREATED", AUDIT_TARGET, model.getId(),
				maker.getName() + " " + details + "; terms from " + termsFrom + ": " + describe(warrantyTerms));
		return model;
	}

	/** Changes a model as it was at {@code version}. Its manufacturer stays: units hang on the pair. */
	@Transactional
	public ProductModel updateModel(long id, long version, ModelDetails details, String actor) {
		ProductModel model = modelAt(id, version);
		Manufacturer maker = manufacturers.findById(model.getManufacturerId()).orElseThrow();
		refuseTakenNumber(model.getManufacturerId(), details.number(), id, maker.getName());
		String before = new ModelDetails(ModelNumber.of(model.getModelNumber()), model.getName(), model.getCategory(),
				model.getReleaseDate(), model.getSerialLabelHint(), model.getComponents()).toString();
		String keyBefore = model.getModelNumberKey();
		model.describe(details.number(), details.name(), details.category(), details.releaseDate(),
				details.serialLabelHint(), details.components());
		flush(model);
		catalog.announceIfRenumbered(model, keyBefore);
		audit.record(actor, "MODEL_CHANGED", AUDIT_TARGET, id, before + " → " + details);
		return model;
	}

	/** No longer on sale: owners cannot pick it any more; registered units keep their coverage and claims. */
	@Transactional
	public void retireModel(long id, long version, String actor) {
		ProductModel model = modelAt(id, version);
		if (model.isRetired()) {
			throw new CatalogChangeRefused(null, "model.alreadyRetired");
		}
		model.retire(clock.instant());
		flush(model);
		audit.record(actor, "MODEL_RETIRED", AUDIT_TARGET, id, model.getModelNumber() + " retired");
	}

	@Transactional
	public void reinstateModel(long id, long version, String actor) {
		ProductModel model = modelAt(id, version);
		if (!model.isRetired()) {
			throw new CatalogChangeRefused(null, "model.notRetired");
		}
		model.reinstate();
		flush(model);
		audit.record(actor, "MODEL_REINSTATED", AUDIT_TARGET, id, model.getModelNumber() + " back on sale");
	}

	/**
	 * Deletes a model entered by mistake. Refused once a unit or a registry entry hangs on it (retire it instead) or
	 * a recall campaign names it.
	 */
	@Transactional
	public void deleteModel(long id, long version, String actor) {
		ProductModel model = modelAt(id, version);
		if (usage.ofModel(id).inUse()) {
			throw new CatalogChangeRefused(null, "model.delete.inUse", model.getModelNumber());
		}
		try {
			parts.deleteByModelId(id);
			documents.deleteByModelId(id);
			terms.deleteAll(terms.findByModelIdOrderByEffectiveFromDesc(id));
			models.delete(model);
			models.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new CatalogChangeRefused(null, "model.delete.referenced", model.getModelNumber());
		}
		audit.record(actor, "MODEL_DELETED", AUDIT_TARGET, id, model.getModelNumber() + " " + model.getName());
	}

	/** Adds a spare part; refused when the model already lists that part number. */
	@Transactional
	public SparePart addPart(long modelId, String partNumber, String name, String component, BigDecimal price,
			String currency, String actor) {
		ProductModel model = models.findById(modelId).orElseThrow(() -> notFound("model"));
		if (parts.findByModelIdAndPartNumberIgnoreCase(modelId, partNumber.strip()).isPresent()) {
			throw new CatalogChangeRefused("partNumber", "part.number.taken", partNumber.strip());
		}
		SparePart part = parts.saveAndFlush(new SparePart(modelId, partNumber.strip(), name.strip(),
				ManufacturerDetails.blankToNull(component), price, currency));
		audit.record(actor, "PART_ADDED", AUDIT_TARGET, modelId, model.getModelNumber() + ": " + part);
		return part;
	}

	@Transactional
	public void removePart(long modelId, long partId, String actor) {
		SparePart part = parts.findByIdAndModelId(partId, modelId).orElseThrow(() -> notFound("part"));
		parts.delete(part);
		audit.record(actor, "PART_REMOVED", AUDIT_TARGET, modelId, part.toString());
	}

	/**
	 * Adds a manual or other document uploaded as a PDF.
	 * @throws FileRejectedException when the file is not a PDF or too large
	 */
	@Transactional
	public ModelDocument addDocumentFile(long modelId, String title, ModelDocument.Kind kind, MultipartFile upload,
			long adminId, String actor) {
		models.findById(modelId).orElseThrow(() -> notFound("model"));
		StoredFile file = files.store(adminId, upload);
		if (file.getKind().isImage()) {
			throw new FileRejectedException("document.notPdf", file.getOriginalName());
		}
		ModelDocument document = documents.save(
				ModelDocument.uploaded(modelId, title.strip(), kind, file.getId(), clock.instant(), actor));
		audit.record(actor, "DOCUMENT_ADDED", AUDIT_TARGET, modelId, title.strip() + " (" + file.getOriginalName() + ")");
		return document;
	}

	/** Adds a link to a document the manufacturer publishes itself. */
	@Transactional
	public ModelDocument addDocumentLink(long modelId, String title, ModelDocument.Kind kind, String url,
			String actor) {
		models.findById(modelId).orElseThrow(() -> notFound("model"));
		ModelDocument document = documents
			.save(ModelDocument.linked(modelId, title.strip(), kind, url.strip(), clock.instant(), actor));
		audit.record(actor, "DOCUMENT_ADDED", AUDIT_TARGET, modelId, title.strip() + " (" + url.strip() + ")");
		return document;
	}

	@Transactional
	public void removeDocument(long modelId, long documentId, String actor) {
		ModelDocument document = documents.findByIdAndModelId(documentId, modelId)
			.orElseThrow(() -> notFound("document"));
		documents.delete(document);
		audit.record(actor, "DOCUMENT_REMOVED", AUDIT_TARGET, modelId, document.getTitle());
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> manufacturerHistory(long manufacturerId) {
		return audit.of(MANUFACTURER_TARGET, manufacturerId);
	}

	/** Units and registry entries per manufacturer, for the manufacturers' list. */
	@Transactional(readOnly = true)
	public Map<Long, CatalogUsage.Counts> usageByManufacturer() {
		return usage.byManufacturer();
	}

	@Transactional(readOnly = true)
	public CatalogUsage.Counts usageOfManufacturer(long manufacturerId) {
		return usage.ofManufacturer(manufacturerId);
	}

	@Transactional(readOnly = true)
	public CatalogUsage.Counts usageOfModel(long modelId) {
		return usage.ofModel(modelId);
	}

	private void refuseTakenName(String name, Long except) {
		manufacturers.findByNameIgnoreCase(name)
			.filter(other -> !other.getId().equals(except))
			.ifPresent(other -> {
				throw new CatalogChangeRefused("name", "manufacturer.name.taken", other.getName());
			});
	}

	private void refuseTakenNumber(long manufacturerId, ModelNumber number, Long except, String makerName) {
		models.findByManufacturerIdAndModelNumberKey(manufacturerId, number.key())
			.filter(other -> !other.getId().equals(except))
			.ifPresent(other -> {
				throw new CatalogChangeRefused("modelNumber", "model.number.taken", other.getModelNumber(),
						makerName);
			});
	}

	private ProductModel modelAt(long id, long version) {
		ProductModel model = models.findById(id).orElseThrow(() -> notFound("model"));
		if (model.getVersion() != version) {
			throw CatalogChangeRefused.conflict();
		}
		return model;
	}

	private void flush(ProductModel model) {
		try {
			models.saveAndFlush(model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw CatalogChangeRefused.conflict();
		}
		catch (DataIntegrityViolationException ex) {
			throw new CatalogChangeRefused("modelNumber", "model.number.taken", model.getModelNumber(), "");
		}
	}

	private static ResponseStatusException notFound(String what) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " not found");
	}

	static String describe(WarrantyTerms terms) {
		return String.join("; ", terms.lines().stream().map(Object::toString).toList()) + "; transferable "
				+ terms.transferable() + ", filing " + terms.filingWindowDays() + " d, grace "
				+ terms.noProofGraceDays() + " d, bonus " + terms.registrationBonusMonths() + " m within "
				+ terms.registrationWindowDays() + " d";
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
				+ describe(terms));
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
