package com.warrantyportal.catalog.web;

import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogAdmin;
import com.warrantyportal.catalog.CatalogChangeRefused;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.CatalogUsage;
import com.warrantyportal.catalog.Manufacturer;

import jakarta.validation.Valid;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages of manufacturers: the list with what hangs on each, a new one, and each one's page. */
@Controller
@RequestMapping("/admin/manufacturers")
class ManufacturerAdminController {

	private final CatalogService catalog;

	private final CatalogAdmin admin;

	ManufacturerAdminController(CatalogService catalog, CatalogAdmin admin) {
		this.catalog = catalog;
		this.admin = admin;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "website", "supportEmail", "supportPhone", "keepsRegistry", "version");
	}

	/** A manufacturer in the list: how many models, units and registry entries hang on it. */
	record Row(Manufacturer manufacturer, long models, CatalogUsage.Counts usage) {
	}

	@GetMapping
	String list(Model model) {
		var usage = admin.usageByManufacturer();
		List<Row> rows = catalog.manufacturers()
			.stream()
			.map(m -> new Row(m, catalog.countModels(m.getId()),
					usage.getOrDefault(m.getId(), CatalogUsage.Counts.NONE)))
			.toList();
		model.addAttribute("rows", rows);
		return "catalog/manufacturers";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new ManufacturerForm());
		return "catalog/manufacturer-form";
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ManufacturerForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "catalog/manufacturer-form";
		}
		try {
			Manufacturer created = admin.createManufacturer(form.toDetails(), user.getUsername());
			redirect.addFlashAttribute("message", "manufacturer.created");
			return "redirect:/admin/manufacturers/" + created.getId();
		}
		catch (CatalogChangeRefused refused) {
			Refusals.reject(result, refused);
			return "catalog/manufacturer-form";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Manufacturer manufacturer = find(id);
		model.addAttribute("form", ManufacturerForm.of(manufacturer));
		return render(manufacturer, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") ManufacturerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Manufacturer manufacturer = find(id);
		if (!result.hasErrors()) {
			try {
				admin.updateManufacturer(id, form.getVersion(), form.toDetails(), user.getUsername());
				redirect.addFlashAttribute("message", "manufacturer.saved");
				return "redirect:/admin/manufacturers/" + id;
			}
			catch (CatalogChangeRefused refused) {
				Refusals.reject(result, refused);
				if (refused.getField() == null) {
					// Someone else saved first: show their values' version so a second save is a deliberate one.
					form.setVersion(find(id).getVersion());
					manufacturer = find(id);
				}
			}
		}
		return render(manufacturer, model);
	}

	private String render(Manufacturer manufacturer, Model model) {
		model.addAttribute("manufacturer", manufacturer);
		model.addAttribute("modelCount", catalog.countModels(manufacturer.getId()));
		model.addAttribute("usage", admin.usageOfManufacturer(manufacturer.getId()));
		model.addAttribute("audit", admin.manufacturerHistory(manufacturer.getId()));
		return "catalog/manufacturer";
	}

	private Manufacturer find(long id) {
		return catalog.findManufacturer(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
