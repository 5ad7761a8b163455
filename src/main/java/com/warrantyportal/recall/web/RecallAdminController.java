package com.warrantyportal.recall.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.RecallCoverage;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.unit.SerialNumber;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators open and close recall campaigns. */
@Controller
@RequestMapping("/admin/recalls")
class RecallAdminController {

	private static final String VIEW = "recall/recalls";

	private static final int PAGE = 50;

	/** How many models a search on the form shows to tick. */
	private static final int FOUND = 50;

	private final Recalls recalls;

	private final CatalogService catalog;

	RecallAdminController(Recalls recalls, CatalogService catalog) {
		this.recalls = recalls;
		this.catalog = catalog;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "modelIds", "component", "remedy", "serialFrom", "serialTo",
				"manufacturedFrom", "manufacturedTo");
	}

	@GetMapping
	String list(Model model) {
		RecallForm form = new RecallForm();
		model.addAttribute("form", form);
		return render(form, Map.of(), null, model);
	}

	@PostMapping
	String open(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") RecallForm form,
			BindingResult result, @RequestParam(name = "preview", required = false) String preview,
			@RequestParam(name = "find", required = false) String find,
			@RequestParam(name = "modelSearch", required = false) String modelSearch, Model model,
			RedirectAttributes redirect) {
		Map<Long, ProductModel> known = catalog.findModels(ticked(form));
		if (find != null) {
			// "Find models": the form comes back as typed, with the models found to tick; nothing is checked yet.
			// Only what could not be read as typed (a date that is no date) is said; nothing is "missing" yet.
			BindingResult unread = new BeanPropertyBindingResult(form, "form");
			result.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(unread::addError);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", unread);
			return render(form, known, modelSearch, model);
		}
		Set<Long> manufacturers = new HashSet<>();
		form.getModelIds()
			.forEach(id -> manufacturers.add(known.containsKey(id) ? known.get(id).getManufacturerId() : null));
		if (!result.hasFieldErrors("modelIds") && (manufacturers.contains(null) || manufacturers.size() != 1)) {
			result.rejectValue("modelIds", "recall.models.oneManufacturer");
		}
		if (form.getManufacturedFrom() != null && form.getManufacturedTo() != null
				&& form.getManufacturedTo().isBefore(form.getManufacturedFrom())) {
			result.rejectValue("manufacturedTo", "recall.dates.order");
		}
		if (form.getSerialFrom() != null && form.getSerialTo() != null && !form.getSerialFrom().isBlank()
				&& !form.getSerialTo().isBlank()
				&& SerialNumber.normalise(form.getSerialTo()).compareTo(SerialNumber.normalise(form.getSerialFrom())) < 0) {
			result.rejectValue("serialTo", "recall.serials.order");
		}
		if (result.hasErrors()) {
			return render(form, known, modelSearch, model);
		}
		Recalls.NewCampaign campaign = new Recalls.NewCampaign(manufacturers.iterator().next(), form.getTitle(),
				form.getComponent(), form.getRemedy(), Set.copyOf(form.getModelIds()), form.getSerialFrom(),
				form.getSerialTo(), form.getManufacturedFrom(), form.getManufacturedTo());
		if (preview != null) {
			// Who it would reach, before anything is saved or anyone mailed; the form stays as typed.
			model.addAttribute("reach", recalls.preview(campaign));
			return render(form, known, modelSearch, model);
		}
		RecallCampaign opened = recalls.open(campaign, user.getUsername());
		redirect.addFlashAttribute("message", "recall.opened");
		redirect.addFlashAttribute("messageArgs", new Object[] { opened.getOwnersNotified() });
		return "redirect:/admin/recalls";
	}

	/** A campaign with its reach and its covered units, 50 a page by keyset, filtered by remedy status. */
	@GetMapping("/{id}")
	String campaign(@PathVariable long id, @RequestParam(name = "remedy", defaultValue = "ALL") String remedy,
			@RequestParam(name = "after", defaultValue = "0") long after, Model model) {
		RecallCampaign campaign = recalls.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RecallCoverage.RemedyFilter filter = filter(remedy);
		List<RecallCoverage.CoveredUnit> page = recalls.coveredUnits(campaign, filter, after, PAGE + 1);
		model.addAttribute("campaign", campaign);
		model.addAttribute("reach", recalls.reach(campaign));
		model.addAttribute("remedy", filter.name());
		model.addAttribute("units", page.size() > PAGE ? page.subList(0, PAGE) : page);
		model.addAttribute("next", page.size() > PAGE ? page.get(PAGE - 1).unitId() : null);
		return "recall/campaign";
	}

	/** Every covered unit of the campaign with its remedy status, as CSV (streamed a thousand units at a time). */
	@GetMapping("/{id}/units.csv")
	void campaignCsv(@PathVariable long id, @RequestParam(name = "remedy", defaultValue = "ALL") String remedy,
			HttpServletResponse response) throws IOException {
		RecallCampaign campaign = recalls.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RecallCoverage.RemedyFilter filter = filter(remedy);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("recall-" + id + "-units.csv")
			.build()
			.toString());
		try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT)) {
			csv.printRecord("serial", "model_number", "manufacture_date", "possibly_affected", "registered",
					"remedy_status", "remedied_on", "remedied_by");
			long after = 0;
			List<RecallCoverage.CoveredUnit> batch;
			do {
				batch = recalls.coveredUnits(campaign, filter, after, 1000);
				for (RecallCoverage.CoveredUnit unit : batch) {
					csv.printRecord(unit.serial(), unit.modelNumber(), unit.manufactureDate(), unit.possiblyAffected(),
							unit.registered(), unit.remedied() ? "remedied" : "pending", unit.remediedOn(),
							unit.remediedBy());
					after = unit.unitId();
				}
			}
			while (batch.size() == 1000);
		}
	}

	/** The ids of the models ticked on the form, each once, in the order they came. */
	private static List<Long> ticked(RecallForm form) {
		return form.getModelIds().stream().filter(Objects::nonNull).distinct().toList();
	}

	private static RecallCoverage.RemedyFilter filter(String remedy) {
		try {
			return RecallCoverage.RemedyFilter.valueOf(remedy.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return RecallCoverage.RemedyFilter.ALL;
		}
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			recalls.close(id, version, user.getUsername());
			redirect.addFlashAttribute("message", "recall.closed");
		}
		catch (ObjectOptimisticLockingFailureException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "recall.conflict");
		}
		return "redirect:/admin/recalls";
	}

	/**
	 * The page with the form: the models ticked so far (read already, by id), and up to {@link #FOUND} of those
	 * found for the typed search (by the start of their number or name; the catalogue may hold tens of thousands)
	 * that are not ticked yet, and whether more match than are shown.
	 */
	private String render(RecallForm form, Map<Long, ProductModel> ticked, String modelSearch, Model model) {
		List<ProductModel> chosen = ticked(form).stream().map(ticked::get).filter(Objects::nonNull).toList();
		String search = modelSearch == null ? "" : modelSearch.strip();
		// Asked for enough that the ticked ones, left out, do not hide the next of a long series.
		List<ProductModel> found = search.isEmpty() ? List.of()
				: catalog.searchAllModels(search, FOUND + ticked.size() + 1)
					.stream()
					.filter(m -> !ticked.containsKey(m.getId()))
					.toList();
		Map<Long, String> makers = new HashMap<>();
		catalog.manufacturers().forEach(maker -> makers.put(maker.getId(), maker.getName()));
		model.addAttribute("campaigns", recalls.all());
		model.addAttribute("chosenModels", chosen);
		model.addAttribute("foundModels", found.size() > FOUND ? found.subList(0, FOUND) : found);
		model.addAttribute("moreFound", found.size() > FOUND);
		model.addAttribute("modelSearch", search);
		model.addAttribute("makers", makers);
		return VIEW;
	}
}
