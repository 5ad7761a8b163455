package com.warrantyportal.registration.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.catalog.SerialFormatCatalog;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.registration.DeviceBook;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.OwnerTransfers;
import com.warrantyportal.registration.TransferFrozenException;
import com.warrantyportal.registration.ProductNotFoundException;
import com.warrantyportal.registration.ProductSort;
import com.warrantyportal.registration.ProductView;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.registration.RegistrationProblem;
import com.warrantyportal.unit.SerialStatus;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My products: register by serial number, list with warranty badges, export, correct, remove, report stolen. */
@Controller
@RequestMapping("/my")
class ProductController {

	private static final String FORM = "registration/product-form";

	private final OwnerProducts products;

	private final OwnerProductViews views;

	private final OwnerTransfers transfers;

	private final CatalogService catalog;

	private final SerialFormatCatalog serialFormats;

	private final Clock clock;

	private final ProductPage page;

	ProductController(OwnerProducts products, OwnerProductViews views, OwnerTransfers transfers,
			CatalogService catalog, SerialFormatCatalog serialFormats, DeviceBook deviceBook, Clock clock) {
		this.clock = clock;
		this.page = new ProductPage(views, catalog, deviceBook);
		this.serialFormats = serialFormats;
		this.products = products;
		this.views = views;
		this.transfers = transfers;
		this.catalog = catalog;
	}

	@InitBinder("form")
	void allowedProductFields(WebDataBinder binder) {
		binder.setAllowedFields("modelId", "serial", "purchaseDate", "retailer", "price", "proof");
	}

	@InitBinder("theftForm")
	void allowedTheftFields(WebDataBinder binder) {
		binder.setAllowedFields("missingSince", "policeReference", "confirmed");
	}

	@InitBinder("purchase")
	void allowedPurchaseFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "purchaseDate", "retailer", "price", "proof");
	}

	@GetMapping("/products")
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String sort, Model model) {
		ProductSort order = ProductSort.parse(sort);
		OwnerProductViews.ProductList list = views.listPage(user.getAccountId(), order);
		model.addAttribute("products", list.products());
		model.addAttribute("sort", order);
		model.addAttribute("sorts", ProductSort.values());
		model.addAttribute("incoming", list.incoming());
		model.addAttribute("outgoing", list.outgoing());
		return "registration/products";
	}

	@GetMapping("/products.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user) {
		byte[] body = ProductCsv.of(views.list(user.getAccountId(), ProductSort.PURCHASE_NEWEST))
			.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-products.csv").build().toString())
			.body(body);
	}

	@GetMapping("/products/new")
	String initCreationForm(@RequestParam(required = false) Long model, @RequestParam(required = false) String q,
			Model page) {
		ProductForm form = new ProductForm();
		form.setModelId(model);
		page.addAttribute("form", form);
		return showForm(page, q);
	}

	@PostMapping("/products")
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ProductForm form,
			BindingResult result, Model page, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RegistrationOutcome outcome = products.register(new RegisterProduct(user.getAccountId(),
						form.getModelId(), form.getSerial(), form.getPurchaseDate(), form.getRetailer(),
						form.getPrice(), form.getProof()));
				if (outcome instanceof RegistrationOutcome.Registered registered) {
					long id = registered.registration().getId();
					ProductView view = views.find(user.getAccountId(), id).orElseThrow();
					redirect.addFlashAttribute("message", view.serialStatus() == SerialStatus.UNKNOWN
							? "product.registeredUnknownSerial" : "product.registered");
					return "redirect:/my/products/" + id;
				}
				if (outcome instanceof RegistrationOutcome.TransferRequested) {
					redirect.addFlashAttribute("message", "product.transferRequested");
					return "redirect:/my/products";
				}
				reject(result, ((RegistrationOutcome.Refused) outcome).problems());
			}
			catch (FileRejectedException ex) {
				result.rejectValue("proof", ex.getMessageKey(), new Object[] { ex.getFileName() }, null);
			}
		}
		attachAgain(form.getProof(), result, page);
		return showForm(page, null);
	}

	@GetMapping("/products/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		return page.show(user, id, model);
	}

	@GetMapping("/products/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		ProductView product = own(user, id);
		model.addAttribute("purchase", purchaseFormOf(product));
		model.addAttribute("product", product);
		return "registration/product-edit";
	}

	@PostMapping("/products/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("purchase") PurchaseForm purchase, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProductView product = own(user, id);
		model.addAttribute("product", product);
		if (result.hasErrors()) {
			attachAgain(purchase.getProof(), result, model);
			return "registration/product-edit";
		}
		try {
			List<RegistrationProblem> problems = products.correct(user.getAccountId(), id, purchase.getVersion(),
					purchase.getPurchaseDate(), purchase.getRetailer(), purchase.getPrice(), purchase.getProof());
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("message", "product.updated");
				return "redirect:/my/products/" + id;
			}
			reject(result, problems);
		}
		catch (FileRejectedException ex) {
			result.rejectValue("proof", ex.getMessageKey(), new Object[] { ex.getFileName() }, null);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			ProductView current = own(user, id);
			model.addAttribute("product", current);
			model.addAttribute("purchase", purchaseFormOf(current));
			model.addAttribute("problem", "product.conflict");
			return "registration/product-edit";
		}
		attachAgain(purchase.getProof(), result, model);
		return "registration/product-edit";
	}

	@GetMapping("/products/{id}/remove")
	String confirmRemoval(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("product", own(user, id));
		return "registration/product-remove";
	}

	@PostMapping("/products/{id}/remove")
	String remove(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		products.remove(user.getAccountId(), id);
		redirect.addFlashAttribute("message", "product.removed");
		return "redirect:/my/products";
	}

	@GetMapping("/products/{id}/stolen")
	String stolenForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		model.addAttribute("product", own(user, id));
		model.addAttribute("theftForm", new TheftForm());
		return "registration/product-stolen";
	}

	/** A theft or loss report: confirmed, dated, with the police reference if there is one. */
	@PostMapping("/products/{id}/stolen")
	String reportStolen(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("theftForm") TheftForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.getMissingSince() != null && form.getMissingSince().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("missingSince", "theft.missingSince.future");
		}
		if (errors.hasErrors()) {
			model.addAttribute("product", own(user, id));
			return "registration/product-stolen";
		}
		products.reportStolen(user.getAccountId(), id, form.getMissingSince(), form.getPoliceReference(),
				user.getDisplayName() + " (owner)");
		redirect.addFlashAttribute("message", "product.reportedStolen");
		return "redirect:/my/products/" + id;
	}

	@PostMapping("/products/{id}/recovered")
	String recovered(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		products.recovered(user.getAccountId(), id);
		redirect.addFlashAttribute("message", "product.recovered");
		return "redirect:/my/products/" + id;
	}

	@PostMapping("/transfers/{id}/accept")
	String acceptTransfer(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			transfers.acceptTransfer(user.getAccountId(), id, user.getUsername());
		}
		catch (TransferFrozenException ex) {
			redirect.addFlashAttribute("problem", "transfer.frozen");
			return "redirect:/my/products";
		}
		redirect.addFlashAttribute("message", "transfer.accepted");
		return "redirect:/my/products";
	}

	@PostMapping("/transfers/{id}/decline")
	String declineTransfer(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		transfers.declineTransfer(user.getAccountId(), id, user.getUsername());
		redirect.addFlashAttribute("message", "transfer.declined");
		return "redirect:/my/products";
	}

	private ProductView own(PortalUser user, long id) {
		return views.find(user.getAccountId(), id).orElseThrow(ProductNotFoundException::new);
	}

	private String showForm(Model page, String query) {
		ProductForm form = (ProductForm) page.getAttribute("form");
		ProductModel chosen = form.getModelId() == null ? null : catalog.findModel(form.getModelId()).orElse(null);
		page.addAttribute("chosenModel", chosen);
		if (chosen != null) {
			page.addAttribute("chosenManufacturer",
					catalog.findManufacturer(chosen.getManufacturerId()).orElseThrow());
			page.addAttribute("serialExample", serialFormats.serialFormatsFor(chosen.getId()).example().orElse(null));
		}
		page.addAttribute("q", query == null ? "" : query);
		page.addAttribute("models", chosen == null ? catalog.searchModelsOnSale(query) : List.of());
		return FORM;
	}

	private static PurchaseForm purchaseFormOf(ProductView product) {
		PurchaseForm form = new PurchaseForm();
		form.setVersion(product.version());
		form.setPurchaseDate(product.purchaseDate());
		form.setRetailer(product.retailer());
		form.setPrice(product.price());
		return form;
	}

	private static void reject(BindingResult result, List<RegistrationProblem> problems) {
		for (RegistrationProblem problem : problems) {
			result.rejectValue(problem.field(), problem.code(), problem.args(), null);
		}
	}

	/** Browsers drop a chosen file when the page comes back with an error: say exactly which one to attach again. */
	private static void attachAgain(org.springframework.web.multipart.MultipartFile file, BindingResult result,
			Model page) {
		if (FileStorage.isPresent(file) && !result.hasFieldErrors("proof")) {
			page.addAttribute("attachAgain", file.getOriginalFilename());
		}
	}
}
