package com.warrantyportal.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogAdmin;
import com.warrantyportal.catalog.CatalogChangeRefused;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ModelListQuery;
import com.warrantyportal.catalog.ProductModel;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' model list (searched, keyset-paged) and the form of a new model with its first terms. */
@Controller
@RequestMapping("/admin/models")
class ModelListController {

	private final CatalogService catalog;

	private final CatalogAdmin admin;

	private final SmartValidator validator;

	private final Clock clock;

	ModelListController(CatalogService catalog, CatalogAdmin admin, SmartValidator validator, Clock clock) {
		this.catalog = catalog;
		this.admin = admin;
		this.validator = validator;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("manufacturerId", "modelNumber", "name", "category", "releaseDate", "components",
				"serialLabelHint", "terms.effectiveFrom", "terms.lines*", "terms.transferable",
				"terms.filingWindowDays", "terms.noProofGraceDays", "terms.registrationBonusMonths",
				"terms.registrationWindowDays");
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "manufacturer", required = false) Long manufacturerId,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "afterKey", required = false) String afterKey,
			@RequestParam(name = "afterId", required = false) Long afterId, Model model) {
		ModelListQuery query = new ModelListQuery(text, manufacturerId, status(status), afterKey, afterId);
		model.addAttribute("query", query);
		model.addAttribute("page", catalog.modelPage(query));
		model.addAttribute("manufacturers", manufacturersById());
		return "catalog/models";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(name = "manufacturer", required = false) Long manufacturerId, Model model) {
		ModelForm form = new ModelForm();
		form.setManufacturerId(manufacturerId);
		form.getTerms().setEffectiveFrom(LocalDate.now(clock));
		model.addAttribute("form", form);
		return showForm(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") ModelForm form,
			BindingResult result, @RequestParam(name = "addLine", required = false) String addLine, Model model,
			RedirectAttributes redirect) {
		if (addLine != null) {
			// "Add a line" without JavaScript: the same form again with one more row, nothing checked or saved yet.
			form.getTerms().getLines().add(new CoverageRow());
			return showForm(model);
		}
		validator.validate(form, result);
		if (form.getManufacturerId() == null || catalog.findManufacturer(form.getManufacturerId()).isEmpty()) {
			result.rejectValue("manufacturerId", "model.manufacturer.required");
		}
		result.pushNestedPath("terms");
		validator.validate(form.getTerms(), result);
		result.popNestedPath();
		var lines = form.getTerms().coverageLines(result, "terms.");
		if (!result.hasErrors()) {
			try {
				ProductModel created = admin.createModel(form.getManufacturerId(), form.toDetails(),
						form.getTerms().getEffectiveFrom(), form.getTerms().toTerms(lines.orElseThrow()),
						user.getUsername());
				redirect.addFlashAttribute("message", "model.created");
				return "redirect:/admin/models/" + created.getId();
			}
			catch (CatalogChangeRefused refused) {
				Refusals.reject(result, refused);
			}
		}
		form.getTerms().withBlankRows();
		return showForm(model);
	}

	private String showForm(Model model) {
		model.addAttribute("manufacturers", catalog.manufacturers());
		return "catalog/model-new";
	}

	private Map<Long, Manufacturer> manufacturersById() {
		return catalog.manufacturers().stream().collect(Collectors.toMap(Manufacturer::getId, Function.identity()));
	}

	private static ModelListQuery.Status status(String text) {
		if (text == null) {
			return ModelListQuery.Status.ACTIVE;
		}
		return switch (text) {
			case "RETIRED" -> ModelListQuery.Status.RETIRED;
			case "ALL" -> ModelListQuery.Status.ALL;
			default -> ModelListQuery.Status.ACTIVE;
		};
	}
}
