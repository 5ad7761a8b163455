package com.warrantyportal.registration.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.registration.DeviceBook;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.ProductNotFoundException;
import com.warrantyportal.registration.ProductView;

import org.springframework.ui.Model;

/**
 * What the product page and the printable product sheet show: the product with its warranty, the owner's receipt,
 * claims and device book, and the model's manuals, spare parts and manufacturer. Shared by the controllers that show
 * the page again after a refused form.
 */
final class ProductPage {

	static final String VIEW = "registration/product";

	static final String SHEET = "registration/product-sheet";

	private final OwnerProductViews products;

	private final CatalogService catalog;

	private final DeviceBook deviceBook;

	ProductPage(OwnerProductViews products, CatalogService catalog, DeviceBook deviceBook) {
		this.products = products;
		this.catalog = catalog;
		this.deviceBook = deviceBook;
	}

	/** The owner's product page; forms already in the model (refused, with their errors) are kept as they are. */
	String show(PortalUser user, long id, Model model) {
		ProductView product = addProduct(user, id, model);
		model.addAttribute("proof", ((DeviceBook.Contents) model.getAttribute("book")).proof());
		model.addAttribute("claims", products.claimsOf(user.getAccountId(), id));
		if (!model.containsAttribute("labelPhotoForm")) {
			model.addAttribute("labelPhotoForm", new LabelPhotoForm());
		}
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", new DocumentForm());
		}
		if (!model.containsAttribute("notesForm")) {
			NotesForm notes = new NotesForm();
			notes.setVersion(product.version());
			notes.setNotes(((DeviceBook.Contents) model.getAttribute("book")).notes());
			model.addAttribute("notesForm", notes);
		}
		return VIEW;
	}

	/** The printable sheet of the product: its numbers, coverage, documents and notes. */
	String sheet(PortalUser user, long id, Model model) {
		addProduct(user, id, model);
		return SHEET;
	}

	private ProductView addProduct(PortalUser user, long id, Model model) {
		ProductView product = products.find(user.getAccountId(), id).orElseThrow(ProductNotFoundException::new);
		model.addAttribute("product", product);
		model.addAttribute("book", deviceBook.of(product));
		// The model's manuals and spare parts, and how to reach its manufacturer: what an owner needs the model
		// number for.
		model.addAttribute("modelId", product.modelId());
		model.addAttribute("documents", catalog.documentsOf(product.modelId()));
		model.addAttribute("parts", catalog.partsOf(product.modelId()));
		model.addAttribute("maker", catalog.findManufacturer(product.manufacturerId()).orElse(null));
		return product;
	}
}
