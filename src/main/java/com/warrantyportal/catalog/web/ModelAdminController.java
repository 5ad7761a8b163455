package com.warrantyportal.catalog.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogAdmin;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.CoverageLinesText;
import com.warrantyportal.catalog.ProductModel;
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

/** A model's page for administrators: its warranty terms, their version history, and a form for a new version. */
@Controller
@RequestMapping("/admin/models/{id}")
class ModelAdminController {

	private static final String VIEW = "catalog/model-admin";

	private final CatalogService catalog;

	private final CatalogAdmin admin;

	private final MessageSource messages;

	ModelAdminController(CatalogService catalog, CatalogAdmin admin, MessageSource messages) {
		this.catalog = catalog;
		this.admin = admin;
		this.messages = messages;
	}

	@InitBinder("terms")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("effectiveFrom", "lines", "transferable", "filingWindowDays", "noProofGraceDays",
				"registrationBonusMonths", "registrationWindowDays");
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		ProductModel productModel = find(id);
		TermsForm form = new TermsForm();
		catalog.termsHistory(id).stream().findFirst().ifPresent(latest -> {
			WarrantyTerms current = latest.toTerms();
			form.setLines(CoverageLinesText.format(current.lines()));
			form.setTransferable(current.transferable());
			form.setFilingWindowDays(current.filingWindowDays());
			form.setNoProofGraceDays(current.noProofGraceDays());
			form.setRegistrationBonusMonths(current.registrationBonusMonths());
			form.setRegistrationWindowDays(current.registrationWindowDays());
		});
		if (form.getLines() == null) {
			form.setLines("*: 12, 12\n");
		}
		model.addAttribute("terms", form);
		return render(productModel, model);
	}

	@PostMapping("/terms")
	String addVersion(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("terms") TermsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProductModel productModel = find(id);
		CoverageLinesText.Parsed lines = CoverageLinesText.parse(form.getLines());
		if (!result.hasFieldErrors("lines") && !lines.ok()) {
			result.rejectValue("lines", "terms.lines.invalid", new Object[] { lines.problem() }, lines.problem());
		}
		if (!result.hasErrors()) {
			WarrantyTerms terms = new WarrantyTerms(lines.lines(), form.isTransferable(), form.getFilingWindowDays(),
					form.getNoProofGraceDays(), form.getRegistrationBonusMonths(), form.getRegistrationWindowDays());
			if (admin.addTermsVersion(id, form.getEffectiveFrom(), terms, user.getUsername()).isPresent()) {
				redirect.addFlashAttribute("message", "terms.saved");
				return "redirect:/admin/models/" + id;
			}
			result.rejectValue("effectiveFrom", "terms.effectiveFrom.taken");
		}
		return render(productModel, model);
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
		if (!model.containsAttribute("terms")) {
			model.addAttribute("terms", new TermsForm());
		}
		return render(productModel, model);
	}

	private String render(ProductModel productModel, Model model) {
		model.addAttribute("model", productModel);
		model.addAttribute("manufacturer", catalog.findManufacturer(productModel.getManufacturerId()).orElseThrow());
		model.addAttribute("versions", catalog.termsHistory(productModel.getId()));
		model.addAttribute("audit", admin.history(productModel.getId()));
		return VIEW;
	}

	private ProductModel find(long id) {
		return catalog.findModel(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
