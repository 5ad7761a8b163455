package com.warrantyportal.catalog;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.ModelImportPreview.FieldChange;
import com.warrantyportal.catalog.ModelImportPreview.Line;
import com.warrantyportal.catalog.ModelImportPreview.Outcome;
import com.warrantyportal.catalog.internal.ProductModelRepository;
import com.warrantyportal.catalog.internal.TermsVersionRepository;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports models with their warranty terms from a catalogue CSV ({@link ModelCatalogCsv}) in two steps: a preview
 * that saves nothing, then a confirmation that recomputes the preview against the catalogue as it is by then and
 * applies its valid lines in one transaction. Models are matched by manufacturer name (any case) and model number
 * key; manufacturers are never created. Terms versions are never edited: changed terms become a new version. Every
 * created or changed model is audited.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ModelImport {

	/** Models read and then let go of at a time, so a 20,000-line file never holds them all at once. */
	private static final int CHUNK = 500;

	/**
	 * Lines applied at a time. Smaller than {@link #CHUNK}: each new terms version is flushed on its own, and every
	 * flush checks all the entities still held.
	 */
	private static final int APPLY_CHUNK = 100;

	private static final int AUDIT_DETAIL_LENGTH = 2000;

	private final CatalogService catalog;

	private final ProductModelRepository models;

	private final TermsVersionRepository terms;

	private final AuditTrail audit;

	private final EntityManager entityManager;

	ModelImport(CatalogService catalog, ProductModelRepository models, TermsVersionRepository terms, AuditTrail audit,
			EntityManager entityManager) {
		this.catalog = catalog;
		this.models = models;
		this.terms = terms;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** What a confirmation does: applied, or nothing because the preview no longer matches the catalogue. */
	public sealed interface Confirmation {
	}

	public record Applied(ModelImportResult result) implements Confirmation {
	}

	/** Nothing was saved: the catalogue changed since the preview. Here is the preview as it is now. */
	public record Outdated(ModelImportPreview preview) implements Confirmation {
	}

	/** What importing the file would do. Saves nothing. */
	@Transactional(readOnly = true)
	public ModelImportPreview preview(InputStream csv) {
		return plan(ModelCatalogCsv.read(csv));
	}

	/**
	 * Applies the file's valid lines, skipping the lines with problems, when the preview computed now is the one the
	 * administrator saw ({@code previewed}, its {@link ModelImportPreview#fingerprint()}).
	 * @param source the file's name, for the audit trail
	 */
	@Transactional
	public Confirmation confirm(InputStream csv, String previewed, String source, String actor) {
		ModelImportPreview preview = plan(ModelCatalogCsv.read(csv));
		if (!preview.fingerprint().equals(previewed)) {
			return new Outdated(preview);
		}
		List<Line> changes = preview.changeLines();
		for (int from = 0; from < changes.size(); from += APPLY_CHUNK) {
			apply(changes.subList(from, Math.min(from + APPLY_CHUNK, changes.size())), source, actor);
		}
		return new Applied(new ModelImportResult(preview.creates(), preview.updates(), preview.unchanged(),
				preview.errors()));
	}

	private ModelImportPreview plan(ModelCatalogCsv.Reading reading) {
		if (!reading.fileProblems().isEmpty()) {
			return new ModelImportPreview(List.of(), reading.fileProblems());
		}
		Map<String, Manufacturer> manufacturers = new HashMap<>();
		catalog.manufacturers().forEach(m -> manufacturers.putIfAbsent(nameKey(m.getName()), m));
		Map<ModelKey, Existing> existing = existingModels(reading.lines(), manufacturers);
		List<Line> lines = new ArrayList<>(reading.lines().size());
		for (ModelCsvLine read : reading.lines()) {
			lines.add(decide(read, manufacturers, existing));
		}
		return new ModelImportPreview(lines, List.of());
	}

	private Line decide(ModelCsvLine read, Map<String, Manufacturer> manufacturers, Map<ModelKey, Existing> existing) {
		if (!read.ok()) {
			return Line.error(read, null, read.problems());
		}
		ModelCsvRow row = read.row();
		Manufacturer manufacturer = manufacturers.get(nameKey(row.manufacturer()));
		if (manufacturer == null) {
			return Line.error(read, null, List.of(CsvProblem.of("modelImport.manufacturer.unknown", row.manufacturer())));
		}
		Existing model = existing.get(new ModelKey(manufacturer.getId(), row.modelNumber().key()));
		if (model == null) {
			if (row.terms() == null) {
				return Line.error(read, manufacturer.getId(),
						List.of(CsvProblem.of("modelImport.terms.required", row.modelNumber().display())));
			}
			return new Line(read.line(), read.manufacturer(), read.modelNumber(), Outcome.CREATE, manufacturer.getId(),
					null, row, List.of(), row.terms(), List.of());
		}
		ModelCsvRow.Terms adds = null;
		if (row.terms() != null) {
			LocalDate from = row.terms().from();
			WarrantyTerms sameDay = model.versions().get(from);
			if (sameDay != null && !same(sameDay, row.terms().terms())) {
				return Line.error(read, manufacturer.getId(),
						List.of(CsvProblem.of("modelImport.terms.conflict", from.toString())));
			}
			Map.Entry<LocalDate, WarrantyTerms> inForce = model.versions().floorEntry(from);
			if (inForce == null || !same(inForce.getValue(), row.terms().terms())) {
				adds = row.terms();
			}
		}
		List<FieldChange> changes = changes(model, row);
		Outcome outcome = changes.isEmpty() && adds == null ? Outcome.UNCHANGED : Outcome.UPDATE;
		return new Line(read.line(), read.manufacturer(), read.modelNumber(), outcome, manufacturer.getId(), model.id(),
				row, changes, adds, List.of());
	}

	private static List<FieldChange> changes(Existing model, ModelCsvRow row) {
		List<FieldChange> changes = new ArrayList<>();
		change(changes, "model_number", model.modelNumber(), row.modelNumber().display());
		change(changes, "name", model.name(), row.name());
		change(changes, "category", model.category(), row.category());
		change(changes, "release_date", date(model.releaseDate()), date(row.releaseDate()));
		change(changes, "components", String.join("|", model.components()), String.join("|", row.components()));
		change(changes, "serial_label_hint", model.serialLabelHint(), row.serialLabelHint());
		return changes;
	}

	private static void change(List<FieldChange> changes, String field, String before, String after) {
		String was = before == null ? "" : before.strip();
		String now = after == null ? "" : after.strip();
		if (!was.equals(now)) {
			changes.add(new FieldChange(field, was, now));
		}
	}

	/** The same terms, whatever order the coverage lines are listed in. */
	private static boolean same(WarrantyTerms a, WarrantyTerms b) {
		return sorted(a).equals(sorted(b));
	}

	private static WarrantyTerms sorted(WarrantyTerms t) {
		return new WarrantyTerms(t.lines().stream().sorted(Comparator.comparing(CoverageLine::component)).toList(),
				t.transferable(), t.filingWindowDays(), t.noProofGraceDays(), t.registrationBonusMonths(),
				t.registrationWindowDays());
	}

	/** The models the lines name that exist already, with all their terms versions: a few queries per 500 lines. */
	private Map<ModelKey, Existing> existingModels(List<ModelCsvLine> lines, Map<String, Manufacturer> manufacturers) {
		Map<Long, List<String>> keysByManufacturer = new LinkedHashMap<>();
		for (ModelCsvLine line : lines) {
			if (line.ok() && manufacturers.containsKey(nameKey(line.row().manufacturer()))) {
				keysByManufacturer
					.computeIfAbsent(manufacturers.get(nameKey(line.row().manufacturer())).getId(),
							id -> new ArrayList<>())
					.add(line.row().modelNumber().key());
			}
		}
		Map<ModelKey, Existing> existing = new HashMap<>();
		keysByManufacturer.forEach((manufacturerId, keys) -> {
			for (int from = 0; from < keys.size(); from += CHUNK) {
				List<ProductModel> found = models.findByManufacturerIdAndModelNumberKeyIn(manufacturerId,
						keys.subList(from, Math.min(from + CHUNK, keys.size())));
				Map<Long, NavigableMap<LocalDate, WarrantyTerms>> versions = versionsOf(found);
				for (ProductModel model : found) {
					existing.put(new ModelKey(manufacturerId, model.getModelNumberKey()),
							Existing.of(model, versions.getOrDefault(model.getId(), new TreeMap<>())));
				}
				// Only plain values are kept: the entities are let go of so later flushes stay small.
				entityManager.clear();
			}
		});
		return existing;
	}

	private Map<Long, NavigableMap<LocalDate, WarrantyTerms>> versionsOf(List<ProductModel> found) {
		Map<Long, NavigableMap<LocalDate, WarrantyTerms>> versions = new HashMap<>();
		if (found.isEmpty()) {
			return versions;
		}
		for (TermsVersion version : terms.findWithLinesByModelIdIn(found.stream().map(ProductModel::getId).toList())) {
			versions.computeIfAbsent(version.getModelId(), id -> new TreeMap<>())
				.put(version.getEffectiveFrom(), version.toTerms());
		}
		return versions;
	}

	private void apply(List<Line> chunk, String source, String actor) {
		Map<Long, ProductModel> updated = models
			.findAllById(chunk.stream().map(Line::modelId).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(ProductModel::getId, Function.identity()));
		for (Line line : chunk) {
			String from = "Imported from " + source + ", line " + line.line();
			ModelCsvRow row = line.row();
			if (line.outcome() == Outcome.CREATE) {
				ProductModel created = catalog.addModel(
						new ProductModel(line.manufacturerId(), row.modelNumber().display(), row.name(),
								row.category(), row.releaseDate(), row.serialLabelHint(), row.components()),
						row.terms().from(), row.terms().terms(), actor);
				record(actor, "MODEL_CREATED", created.getId(), from + ": " + row.name() + ", " + row.category()
						+ "; terms " + describe(row.terms()));
				continue;
			}
			ProductModel model = updated.get(line.modelId());
			if (!line.changes().isEmpty()) {
				String keyBefore = model.getModelNumberKey();
				model.describe(row.modelNumber(), row.name(), row.category(), row.releaseDate(),
						row.serialLabelHint(), row.components());
				catalog.announceIfRenumbered(model, keyBefore);
				record(actor, "MODEL_UPDATED", model.getId(), from + ": " + line.changes()
					.stream()
					.map(c -> c.field() + " \"" + c.before() + "\" → \"" + c.after() + "\"")
					.collect(Collectors.joining("; ")));
			}
			if (line.addsTerms() != null) {
				// Publishes TermsVersionAdded: open claims on the model are judged again by the new version.
				catalog.addTermsVersion(model.getId(), line.addsTerms().from(), line.addsTerms().terms(), actor);
				record(actor, "TERMS_VERSION_ADDED", model.getId(), from + ": terms " + describe(line.addsTerms()));
			}
		}
		models.flush();
		entityManager.clear();
	}

	private void record(String actor, String action, long modelId, String detail) {
		audit.record(actor, action, CatalogAdmin.AUDIT_TARGET, modelId,
				detail.length() > AUDIT_DETAIL_LENGTH ? detail.substring(0, AUDIT_DETAIL_LENGTH - 1) + "…" : detail);
	}

	/** As the model page's history words a terms version. */
	private static String describe(ModelCsvRow.Terms version) {
		WarrantyTerms t = version.terms();
		return "from " + version.from() + ": "
				+ t.lines().stream().map(Object::toString).collect(Collectors.joining("; ")) + "; transferable "
				+ t.transferable() + ", filing " + t.filingWindowDays() + " d, grace " + t.noProofGraceDays()
				+ " d, bonus " + t.registrationBonusMonths() + " m within " + t.registrationWindowDays() + " d";
	}

	private static String nameKey(String manufacturerName) {
		return manufacturerName.strip().toLowerCase(Locale.ROOT);
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private record ModelKey(long manufacturerId, String numberKey) {
	}

	/** An existing model as plain values, with its terms versions by effective date. */
	private record Existing(long id, String modelNumber, String name, String category, LocalDate releaseDate,
			List<String> components, String serialLabelHint, NavigableMap<LocalDate, WarrantyTerms> versions) {

		static Existing of(ProductModel model, NavigableMap<LocalDate, WarrantyTerms> versions) {
			return new Existing(model.getId(), model.getModelNumber(), model.getName(), model.getCategory(),
					model.getReleaseDate(), model.getComponents(), model.getSerialLabelHint(), versions);
		}
	}
}
