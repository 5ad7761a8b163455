package com.warrantyportal.catalog.web;

import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogAdmin;
import com.warrantyportal.catalog.CatalogChangeRefused;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.catalog.TermsVersion;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.files.FileStorage;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A model's page for administrators: its details, warranty terms (a new version in a row per coverage line, and the
 * version history), spare parts, manuals and documents, the serial label picture, retiring and the change history.
 */
@Controller
@RequestMapping("/admin/models/{id}")
class ModelAdminController {

	private static final String VIEW = "catalog/model-admin";

	private final CatalogService catalog;

	private final CatalogAdmin admin;

	private final MessageSource messages;

	private final SmartValidator validator;

	ModelAdminController(CatalogService catalog, CatalogAdmin admin, MessageSource messages,
			SmartValidator validator) {
		this.validator = validator;
		this.catalog = catalog;
		this.admin = admin;
		this.messages = messages;
	}

	@InitBinder("terms")
	void termsFields(WebDataBinder binder) {
		binder.setAllowedFields("effectiveFrom", "lines*", "transferable", "filingWindowDays", "noProofGraceDays",
				"registrationBonusMonths", "registrationWindowDays");
	}

	@InitBinder("details")
	void detailFields(WebDataBinder binder) {
		binder.setAllowedFields("modelNumber", "name", "category", "releaseDate", "components", "serialLabelHint",
				"version");
	}

	@InitBinder("part")
	void partFields(WebDataBinder binder) {
		binder.setAllowedFields("partNumber", "name", "component", "price", "currency");
	}

	@InitBinder("document")
	void documentFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "kind", "url");
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		return render(find(id), model);
	}

	@GetMapping("/edit")
	String editForm(@PathVariable long id, Model model) {
		ProductModel productModel = find(id);
		model.addAttribute("details", ModelForm.of(productModel));
		return editView(productModel, model);
	}

	@PostMapping("/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("details") ModelForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProductModel productModel = find(id);
		if (!result.hasErrors()) {
			try {
				admin.updateModel(id, form.getVersion(), form.toDetails(), user.getUsername());
				redirect.addFlashAttribute("message", "model.saved");
				return "redirect:/admin/models/" + id;
			}
			catch (CatalogChangeRefused refused) {
				Refusals.reject(result, refused);
				if (refused.getField() == null) {
					productModel = find(id);
					form.setVersion(productModel.getVersion());
				}
			}
		}
		return editView(productModel, model);
	}

	@PostMapping("/terms")
	String addVersion(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute("terms") TermsForm form, BindingResult result,
			@RequestParam(name = "addLine", required = false) String addLine, Model model,
			RedirectAttributes redirect) {
		ProductModel productModel = find(id);
		if (addLine != null) {
			// "Add a line" without JavaScript: the same form again with one more row, nothing checked or saved yet.
			form.getLines().add(new CoverageRow());
			return render(productModel, model);
		}
		validator.validate(form, result);
		var lines = form.coverageLines(result, "");
		if (!result.hasErrors()) {
			WarrantyTerms terms = form.toTerms(lines.orElseThrow());
			if (admin.addTermsVersion(id, form.getEffectiveFrom(), terms, user.getUsername()).isPresent()) {
				redirect.addFlashAttribute("message", "terms.saved");
				return "redirect:/admin/models/" + id;
			}
			result.rejectValue("effectiveFrom", "terms.effectiveFrom.taken");
		}
		form.withBlankRows();
		return render(productModel, model);
	}

	@PostMapping("/retire")
	String retire(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return lifecycle(id, redirect, "model.retired", () -> admin.retireModel(id, version, user.getUsername()));
	}

	@PostMapping("/reinstate")
	String reinstate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return lifecycle(id, redirect, "model.reinstated",
				() -> admin.reinstateModel(id, version, user.getUsername()));
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		find(id);
		try {
			admin.deleteModel(id, version, user.getUsername());
			redirect.addFlashAttribute("message", "model.deleted");
			return "redirect:/admin/models";
		}
		catch (CatalogChangeRefused refused) {
			redirect.addFlashAttribute("refusal", refused.getMessageKey());
			redirect.addFlashAttribute("refusalArgs", refused.getArgs());
			return "redirect:/admin/models/" + id;
		}
	}

	@PostMapping("/parts")
	String addPart(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("part") PartForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProductModel productModel = find(id);
		if (!result.hasErrors()) {
			try {
				admin.addPart(id, form.getPartNumber(), form.getName(), form.getComponent(), form.getPrice(),
						form.getCurrency(), user.getUsername());
				redirect.addFlashAttribute("message", "part.added");
				return "redirect:/admin/models/" + id + "#parts";
			}
			catch (CatalogChangeRefused refused) {
				Refusals.reject(result, refused);
			}
		}
		return render(productModel, model);
	}

	@PostMapping("/parts/{partId}/remove")
	String removePart(@PathVariable long id, @PathVariable long partId, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		admin.removePart(id, partId, user.getUsername());
		redirect.addFlashAttribute("message", "part.removed");
		return "redirect:/admin/models/" + id + "#parts";
	}

	@PostMapping("/documents")
	String addDocument(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("document") DocumentForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile upload, Model model,
			RedirectAttributes redirect) {
		ProductModel productModel = find(id);
		boolean hasFile = FileStorage.isPresent(upload);
		boolean hasLink = form.getUrl() != null && !form.getUrl().isBlank();
		if (hasFile == hasLink && !result.hasFieldErrors("url")) {
			result.rejectValue("url", hasFile ? "document.fileOrLink" : "document.source.required");
		}
		if (!result.hasErrors()) {
			try {
				if (hasFile) {
					admin.addDocumentFile(id, form.getTitle(), form.getKind(), upload, user.getAccountId(),
							user.getUsername());
				}
				else {
					admin.addDocumentLink(id, form.getTitle(), form.getKind(), form.getUrl(), user.getUsername());
				}
				redirect.addFlashAttribute("message", "document.added");
				return "redirect:/admin/models/" + id + "#documents";
			}
			catch (FileRejectedException ex) {
				model.addAttribute("documentFileError", messages.getMessage(ex.getMessageKey(),
						new Object[] { ex.getFileName() }, LocaleContextHolder.getLocale()));
			}
		}
		else if (hasFile) {
			model.addAttribute("documentFileError", messages.getMessage("file.attachAgain",
					new Object[] { upload.getOriginalFilename() }, LocaleContextHolder.getLocale()));
		}
		return render(productModel, model);
	}

	@PostMapping("/documents/{documentId}/remove")
	String removeDocument(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		admin.removeDocument(id, documentId, user.getUsername());
		redirect.addFlashAttribute("message", "document.removed");
		return "redirect:/admin/models/" + id + "#documents";
	}

	@PostMapping("/label-image")
	String uploadLabelImage(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "labelImage", required = false) MultipartFile upload, Model model,
			RedirectAttributes redirect) {
		ProductModel productModel = find(id);
		String problem;
		Object[] args;
		if (!FileStorage.isPresent(upload)) {
			problem = "file.choose";
			args = new Object[0];
		}
		else {
			try {
				admin.uploadLabelImage(id, user.getAccountId(), upload, user.getUsername());
				redirect.addFlashAttribute("message", "model.labelImageSaved");
				return "redirect:/admin/models/" + id;
			}
			catch (FileRejectedException ex) {
				problem = ex.getMessageKey();
				args = new Object[] { ex.getFileName() };
			}
		}
		model.addAttribute("labelImageError", messages.getMessage(problem, args, LocaleContextHolder.getLocale()));
		return render(productModel, model);
	}

	private String lifecycle(long id, RedirectAttributes redirect, String message, Runnable change) {
		find(id);
		try {
			change.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (CatalogChangeRefused refused) {
			redirect.addFlashAttribute("refusal", refused.getMessageKey());
			redirect.addFlashAttribute("refusalArgs", refused.getArgs());
		}
		return "redirect:/admin/models/" + id;
	}

	private String render(ProductModel productModel, Model model) {
		long id = productModel.getId();
		List<TermsVersion> versions = catalog.termsHistory(id);
		if (!model.containsAttribute("terms")) {
			model.addAttribute("terms", versions.stream()
				.findFirst()
				.map(latest -> TermsForm.of(latest.toTerms()))
				.orElseGet(() -> TermsForm.of(WarrantyTerms.DEFAULT)));
		}
		if (!model.containsAttribute("part")) {
			model.addAttribute("part", new PartForm());
		}
		if (!model.containsAttribute("document")) {
			model.addAttribute("document", new DocumentForm());
		}
		model.addAttribute("model", productModel);
		model.addAttribute("manufacturer", catalog.findManufacturer(productModel.getManufacturerId()).orElseThrow());
		model.addAttribute("versions", versions);
		model.addAttribute("parts", catalog.partsOf(id));
		model.addAttribute("documents", catalog.documentsOf(id));
		model.addAttribute("usage", admin.usageOfModel(id));
		model.addAttribute("audit", admin.history(id));
		return VIEW;
	}

	private String editView(ProductModel productModel, Model model) {
		model.addAttribute("model", productModel);
		model.addAttribute("manufacturer", catalog.findManufacturer(productModel.getManufacturerId()).orElseThrow());
		return "catalog/model-edit";
	}

	private ProductModel find(long id) {
		return catalog.findModel(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
