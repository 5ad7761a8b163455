package com.warrantyportal.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.warrantyportal.catalog.internal.ManufacturerRepository;
import com.warrantyportal.catalog.internal.ModelDocumentRepository;
import com.warrantyportal.catalog.internal.SparePartRepository;
import com.warrantyportal.catalog.internal.ProductModelRepository;
import com.warrantyportal.catalog.internal.TermsVersionRepository;
import com.warrantyportal.eligibility.WarrantyTerms;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manufacturers, models and the warranty terms in force for a purchase date. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	/** How many models the owner's model search shows. */
	private static final int PICK_LIMIT = 50;

	private final ManufacturerRepository manufacturers;

	private final ProductModelRepository models;

	private final TermsVersionRepository terms;

	private final Clock clock;

	private final TermsReader termsReader;

	private final SparePartRepository parts;

	private final ModelDocumentRepository documents;

	private final ApplicationEventPublisher events;

	CatalogService(ManufacturerRepository manufacturers, ProductModelRepository models, TermsVersionRepository terms,
			Clock clock, ApplicationEventPublisher events, SparePartRepository parts, ModelDocumentRepository documents,
			TermsReader termsReader) {
		this.termsReader = termsReader;
		this.parts = parts;
		this.documents = documents;
		this.events = events;
		this.manufacturers = manufacturers;
		this.models = models;
		this.terms = terms;
		this.clock = clock;
	}

	/** Publishes {@link ModelRenumbered} when the model's number key is no longer {@code keyBefore}. */
	void announceIfRenumbered(ProductModel model, String keyBefore) {
		if (!model.getModelNumberKey().equals(keyBefore)) {
			events.publishEvent(new ModelRenumbered(model.getId(), model.getModelNumberKey()));
		}
	}

	public Optional<ProductModel> findModel(long id) {
		return models.findById(id);
	}

	public Optional<Manufacturer> findManufacturer(long id) {
		return manufacturers.findById(id);
	}

	/** The manufacturer's model with this number, compared as {@link ModelNumber} says. */
	public Optional<ProductModel> findModel(long manufacturerId, ModelNumber number) {
		return models.findByManufacturerIdAndModelNumberKey(manufacturerId, number.key());
	}

	/** The models with this number, of any manufacturer: usually one, several when manufacturers share a number. */
	public List<ProductModel> findModelsNumbered(ModelNumber number) {
		return number.isBlank() ? List.of() : models.findByModelNumberKey(number.key());
	}

	/** Every model number key of the manufacturer with its model id (retired models included). */
	public java.util.Map<String, Long> modelIdsByNumberKey(long manufacturerId) {
		java.util.Map<String, Long> ids = new java.util.HashMap<>();
		for (Object[] row : models.numberKeysOf(manufacturerId)) {
			ids.put((String) row[0], (Long) row[1]);
		}
		return ids;
	}

	/**
	 * Models an owner may pick when registering: those on sale (not retired), at most 50. Nothing typed: the first by
	 * model number. Typed: those whose model number starts with it (spaces and dashes ignored), then those whose name
	 * does; only when none does, those with it anywhere in the number or the name ("spk" finds "LA-SPK 20").
	 */
	public List<ProductModel> searchModelsOnSale(String text) {
		return pickModels(text, false, PICK_LIMIT);
	}

	/**
	 * Models an administrator may pick (for a recall campaign): as {@link #searchModelsOnSale}, retired ones too, at
	 * most {@code limit}.
	 */
	public List<ProductModel> searchAllModels(String text, int limit) {
		return pickModels(text, true, limit);
	}

	private List<ProductModel> pickModels(String text, boolean allModels, int limit) {
		String typed = text == null ? "" : text.strip();
		String key = ModelNumber.normalise(typed);
		if (typed.isEmpty()) {
			return models.numberedFrom(allModels, "", "%", Limit.of(limit));
		}
		Map<Long, ProductModel> found = new LinkedHashMap<>();
		if (!key.isEmpty()) {
			models.numberedFrom(allModels, key, likePattern("", key, "%"), Limit.of(limit))
				.forEach(model -> found.put(model.getId(), model));
		}
		if (found.size() < limit) {
			models.namedFrom(allModels, likePattern("", typed, "%"), Limit.of(limit))
				.forEach(model -> found.putIfAbsent(model.getId(), model));
		}
		if (found.isEmpty()) {
			// Text of only spaces and dashes has no number to look for: '' matches no model number key.
			return models.containing(allModels, key.isEmpty() ? "" : likePattern("%", key, "%"),
					likePattern("%", typed, "%"), Limit.of(limit));
		}
		return found.values().stream().limit(limit).toList();
	}

	/**
	 * A LIKE pattern matching the text literally between the given wildcards, for {@code escape '!'} ('!' escapes
	 * '%', '_' and itself; a backslash would mean something else to MySQL inside the statement's own quotes).
	 */
	static String likePattern(String before, String text, String after) {
		return before + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + after;
	}

	/** Every manufacturer by name: there are tens, not thousands. */
	public List<Manufacturer> manufacturers() {
		return manufacturers.findAllByOrderByNameAsc();
	}

	public Optional<Manufacturer> findManufacturerNamed(String name) {
		return name == null ? Optional.empty() : manufacturers.findByNameIgnoreCase(name.strip());
	}

	/** One page of the admin model list, keyset-paged in model number order. */
	public ModelListQuery.Page modelPage(ModelListQuery query) {
		String key = ModelNumber.normalise(query.text());
		List<ProductModel> found = models.page(query.manufacturerId(), query.status().name(), key, query.text(),
				query.afterKey(), query.afterId(), Limit.of(ModelListQuery.PAGE_SIZE + 1));
		boolean more = found.size() > ModelListQuery.PAGE_SIZE;
		List<ProductModel> page = more ? found.subList(0, ModelListQuery.PAGE_SIZE) : found;
		return new ModelListQuery.Page(page, page.isEmpty() ? null : page.get(page.size() - 1), more);
	}

	public long countModels(long manufacturerId) {
		return models.countByManufacturerId(manufacturerId);
	}

	public List<SparePart> partsOf(long modelId) {
		return parts.findByModelIdOrderByPartNumberAsc(modelId);
	}

	public List<ModelDocument> documentsOf(long modelId) {
		return documents.findByModelIdOrderByKindAscTitleAsc(modelId);
	}

	public Optional<ModelDocument> findDocument(long modelId, long documentId) {
		return documents.findByIdAndModelId(documentId, modelId);
	}

	/**
	 * The terms in force on the purchase date: the latest version effective on or before it. A unit bought before the
	 * first recorded version is judged by the earliest version; a model without any uses docs/domain.md's defaults.
	 */
	public WarrantyTerms termsInForce(long modelId, LocalDate purchaseDate) {
		return termsVersionInForce(modelId, purchaseDate).map(TermsVersion::toTerms).orElse(WarrantyTerms.DEFAULT);
	}

	public Optional<TermsVersion> termsVersionInForce(long modelId, LocalDate purchaseDate) {
		LocalDate date = purchaseDate == null ? LocalDate.now(clock) : purchaseDate;
		List<TermsVersion> inForce = terms.findByModelIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(modelId,
				date);
		if (!inForce.isEmpty()) {
			return Optional.of(inForce.get(0));
		}
		List<TermsVersion> all = terms.findByModelIdOrderByEffectiveFromDesc(modelId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	public List<TermsVersion> termsHistory(long modelId) {
		return terms.findByModelIdOrderByEffectiveFromDesc(modelId);
	}

	public long countModels() {
		return models.count();
	}

	public long countManufacturers() {
		return manufacturers.count();
	}

	@Transactional
	public Manufacturer addManufacturer(Manufacturer manufacturer) {
		return manufacturers.save(manufacturer);
	}

	/** Lists a spare part (the admin pages go through {@link CatalogAdmin}, which checks and audits). */
	@Transactional
	public SparePart addPart(SparePart part) {
		return parts.save(part);
	}

	/** Adds a manual or document (the admin pages go through {@link CatalogAdmin}, which checks and audits). */
	@Transactional
	public ModelDocument addDocument(ModelDocument document) {
		return documents.save(document);
	}

	/** Shows this stored picture as the model's "where is the serial label" picture. */
	@Transactional
	public void setLabelImage(long modelId, long fileId) {
		models.findById(modelId).orElseThrow().showLabelImage(fileId);
	}

	/** A new version of a model's terms; earlier versions stay as they were, for the verdicts they explain. */
	@Transactional
	public TermsVersion addTermsVersion(long modelId, LocalDate effectiveFrom, WarrantyTerms warrantyTerms,
			String actor) {
		TermsVersion version = terms.saveAndFlush(
				new TermsVersion(modelId, effectiveFrom, warrantyTerms, clock.instant(), actor));
		events.publishEvent(new TermsVersionAdded(modelId, version.getId()));
		return version;
	}

	public boolean hasTermsFrom(long modelId, LocalDate effectiveFrom) {
		return terms.findByModelIdOrderByEffectiveFromDesc(modelId)
			.stream()
			.anyMatch(version -> version.getEffectiveFrom().equals(effectiveFrom));
	}

	@Transactional
	public ProductModel addModel(ProductModel model, LocalDate termsFrom, WarrantyTerms warrantyTerms, String actor) {
		ProductModel saved = models.save(model);
		terms.save(new TermsVersion(saved.getId(), termsFrom, warrantyTerms, clock.instant(), actor));
		return saved;
	}

	/** These models by id, read at once (ids of no model are left out). */
	public Map<Long, ProductModel> findModels(Collection<Long> ids) {
		Map<Long, ProductModel> found = new HashMap<>();
		if (!ids.isEmpty()) {
			models.findAllById(Set.copyOf(ids)).forEach(model -> found.put(model.getId(), model));
		}
		return found;
	}

	/**
	 * {@link #termsInForce(long, LocalDate)} for many models at once: their versions with their lines, one plain
	 * statement (a list of a hundred products read them as entities in a sixth of its time).
	 */
	public TermsInForce termsInForce(Collection<Long> modelIds) {
		return termsReader.termsInForce(modelIds);
	}
}
