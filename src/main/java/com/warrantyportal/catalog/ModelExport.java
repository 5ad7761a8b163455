package com.warrantyportal.catalog;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.warrantyportal.catalog.internal.ProductModelRepository;
import com.warrantyportal.catalog.internal.TermsVersionRepository;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the model catalogue as CSV ({@link ModelCatalogCsv}), each model with its latest terms version, in the
 * format the import reads. Models are read a page at a time with the terms of the whole page in one query, and
 * written as they are read, so the export of 20,000 models takes a few dozen queries and little memory.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ModelExport {

	private static final int PAGE = 1000;

	private final CatalogService catalog;

	private final ProductModelRepository models;

	private final TermsVersionRepository terms;

	private final EntityManager entityManager;

	ModelExport(CatalogService catalog, ProductModelRepository models, TermsVersionRepository terms,
			EntityManager entityManager) {
		this.catalog = catalog;
		this.models = models;
		this.terms = terms;
		this.entityManager = entityManager;
	}

	/** Every model, or the models of one manufacturer, ordered by manufacturer and model number. */
	public void write(Long manufacturerId, Appendable out) throws IOException {
		Map<Long, String> manufacturers = new HashMap<>();
		catalog.manufacturers().forEach(m -> manufacturers.put(m.getId(), m.getName()));
		ModelCatalogCsv.Printer printer = ModelCatalogCsv.printer(out);
		long afterManufacturerId = 0;
		String afterKey = "";
		List<ProductModel> page;
		do {
			page = models.exportPage(manufacturerId, afterManufacturerId, afterKey, Limit.of(PAGE));
			Map<Long, TermsVersion> latest = latestTerms(page);
			for (ProductModel model : page) {
				TermsVersion version = latest.get(model.getId());
				printer.print(new ModelCsvRow(manufacturers.get(model.getManufacturerId()),
						new ModelNumber(model.getModelNumber(), model.getModelNumberKey()), model.getName(),
						model.getCategory(), model.getReleaseDate(), model.getComponents(),
						model.getSerialLabelHint(),
						version == null ? null : new ModelCsvRow.Terms(version.getEffectiveFrom(), version.toTerms())));
			}
			if (!page.isEmpty()) {
				ProductModel last = page.get(page.size() - 1);
				afterManufacturerId = last.getManufacturerId();
				afterKey = last.getModelNumberKey();
			}
			printer.flush();
			entityManager.clear();
		}
		while (page.size() == PAGE);
	}

	private Map<Long, TermsVersion> latestTerms(List<ProductModel> page) {
		Map<Long, TermsVersion> latest = new HashMap<>();
		if (page.isEmpty()) {
			return latest;
		}
		for (TermsVersion version : terms.findWithLinesByModelIdIn(page.stream().map(ProductModel::getId).toList())) {
			latest.merge(version.getModelId(), version,
					(a, b) -> a.getEffectiveFrom().isAfter(b.getEffectiveFrom()) ? a : b);
		}
		return latest;
	}
}
