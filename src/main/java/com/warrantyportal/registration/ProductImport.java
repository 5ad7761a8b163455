package com.warrantyportal.registration;

import java.util.ArrayList;
import java.util.List;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.ProductModel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Registers an owner's products from a spreadsheet, row by row through {@link OwnerProducts#register}, so every rule of
 * the single-product form applies to every row. The preview runs exactly that in a transaction that is rolled back:
 * what the owner sees is what confirming does (a serial twice in the file is "already yours" the second time), and
 * nothing is saved until they confirm.
 */
@Service
@Transactional(readOnly = true)
public class ProductImport {

	private final OwnerProducts products;

	private final CatalogService catalog;

	ProductImport(OwnerProducts products, CatalogService catalog) {
		this.products = products;
		this.catalog = catalog;
	}

	/** What registering these rows would do, in order; nothing of it is kept. */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public List<RegistrationOutcome> tryOut(List<RegisterProduct> rows) {
		List<RegistrationOutcome> outcomes = registerEach(rows);
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return outcomes;
	}

	/** Registers these rows, in order, in one transaction: the good ones all go in, or none when the database refuses. */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public List<RegistrationOutcome> registerAll(List<RegisterProduct> rows) {
		return registerEach(rows);
	}

	private List<RegistrationOutcome> registerEach(List<RegisterProduct> rows) {
		List<RegistrationOutcome> outcomes = new ArrayList<>(rows.size());
		for (RegisterProduct row : rows) {
			outcomes.add(products.register(row));
		}
		return outcomes;
	}

	/**
	 * The model a row names: by manufacturer and model number when the row names its manufacturer, else by model number
	 * alone when only one manufacturer has it.
	 */
	public ModelMatch findModel(String manufacturer, String modelNumber) {
		ModelNumber number = ModelNumber.of(modelNumber);
		if (manufacturer != null && !manufacturer.isBlank()) {
			return catalog.findManufacturerNamed(manufacturer)
				.map(maker -> catalog.findModel(maker.getId(), number)
					.map(ModelMatch::found)
					.orElse(new ModelMatch(null, "deviceImport.model.unknownOfMaker")))
				.orElse(new ModelMatch(null, "deviceImport.manufacturer.unknown"));
		}
		List<ProductModel> models = catalog.findModelsNumbered(number);
		if (models.size() > 1) {
			return new ModelMatch(null, "deviceImport.model.ambiguous");
		}
		return models.isEmpty() ? new ModelMatch(null, "deviceImport.model.unknown") : ModelMatch.found(models.get(0));
	}

	/** The model a row names, or the message code saying why none was found. */
	public record ModelMatch(ProductModel model, String problem) {

		static ModelMatch found(ProductModel model) {
			return new ModelMatch(model, null);
		}

		public boolean isFound() {
			return model != null;
		}
	}
}
