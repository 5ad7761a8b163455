package com.warrantyportal.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.catalog.SerialFormat;
import com.warrantyportal.catalog.SerialFormatAdmin;
import com.warrantyportal.catalog.SerialFormatCatalog;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A manufacturer's serial formats for administrators: the list, a form to add or change one, and its Test button,
 * which shows what the typed pattern makes of sample serials without saving anything.
 */
@Controller
@RequestMapping("/admin/manufacturers/{manufacturerId}/serial-formats")
class SerialFormatController {

	private static final String VIEW = "catalog/serial-formats";

	private final CatalogService catalog;

	private final SerialFormatCatalog formats;

	private final SerialFormatAdmin admin;

	SerialFormatController(CatalogService catalog, SerialFormatCatalog formats, SerialFormatAdmin admin) {
		this.catalog = catalog;
		this.formats = formats;
		this.admin = admin;
	}

	@InitBinder("format")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("modelNumber", "pattern", "example", "description", "samples", "version");
	}

	@GetMapping
	String list(@PathVariable long manufacturerId, @RequestParam(name = "edit", required = false) Long editId,
			Model model) {
		Manufacturer maker = manufacturer(manufacturerId);
		SerialFormat editing = editId == null ? null : format(manufacturerId, editId);
		model.addAttribute("format", editing == null ? new SerialFormatForm()
				: SerialFormatForm.of(editing, editing.getModelId() == null ? null
						: catalog.findModel(editing.getModelId()).map(ProductModel::getModelNumber).orElse(null)));
		return render(maker, editing, null, model);
	}

	@PostMapping(params = "test")
	String testNew(@PathVariable long manufacturerId, @Valid @ModelAttribute("format") SerialFormatForm form,
			BindingResult result, Model model) {
		return test(manufacturer(manufacturerId), null, form, result, model);
	}

	@PostMapping
	String add(@PathVariable long manufacturerId, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("format") SerialFormatForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Manufacturer maker = manufacturer(manufacturerId);
		Long modelId = modelOf(maker, form, result);
		if (!result.hasErrors()) {
			List<SerialFormatAdmin.Problem> problems = admin.add(manufacturerId, form.toDraft(modelId),
					user.getUsername());
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("message", "serialFormat.added");
				return "redirect:" + listUrl(manufacturerId);
			}
			reject(result, problems);
		}
		return render(maker, null, samplesOf(manufacturerId, null, form, modelId), model);
	}

	@PostMapping(path = "/{formatId}", params = "test")
	String testChange(@PathVariable long manufacturerId, @PathVariable long formatId,
			@Valid @ModelAttribute("format") SerialFormatForm form, BindingResult result, Model model) {
		return test(manufacturer(manufacturerId), format(manufacturerId, formatId), form, result, model);
	}

	@PostMapping("/{formatId}")
	String change(@PathVariable long manufacturerId, @PathVariable long formatId,
			@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("format") SerialFormatForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Manufacturer maker = manufacturer(manufacturerId);
		SerialFormat editing = format(manufacturerId, formatId);
		Long modelId = modelOf(maker, form, result);
		if (!result.hasErrors()) {
			try {
				List<SerialFormatAdmin.Problem> problems = admin.change(manufacturerId, formatId,
						form.getVersion() == null ? -1 : form.getVersion(), form.toDraft(modelId), user.getUsername());
				if (problems.isEmpty()) {
					redirect.addFlashAttribute("message", "serialFormat.changed");
					return "redirect:" + listUrl(manufacturerId);
				}
				reject(result, problems);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				redirect.addFlashAttribute("problem", "serialFormat.conflict");
				return "redirect:" + listUrl(manufacturerId)
						+ (formats.find(manufacturerId, formatId).isPresent() ? "?edit=" + formatId : "");
			}
		}
		return render(maker, editing, samplesOf(manufacturerId, formatId, form, modelId), model);
	}

	@PostMapping("/{formatId}/remove")
	String remove(@PathVariable long manufacturerId, @PathVariable long formatId,
			@AuthenticationPrincipal PortalUser user, @RequestParam long version, RedirectAttributes redirect) {
		manufacturer(manufacturerId);
		try {
			admin.remove(manufacturerId, formatId, version, user.getUsername());
			redirect.addFlashAttribute("message", "serialFormat.removed");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "serialFormat.conflict");
		}
		return "redirect:" + listUrl(manufacturerId);
	}

	private String test(Manufacturer maker, SerialFormat editing, SerialFormatForm form, BindingResult result,
			Model model) {
		Long modelId = modelOf(maker, form, result);
		SerialFormatAdmin.Trial trial = admin.test(maker.getId(), editing == null ? null : editing.getId(),
				form.toDraft(modelId), form.getSamples());
		reject(result, trial.problems());
		return render(maker, editing, trial, model);
	}

	/** What the typed pattern makes of the samples, shown again beside a form that could not be saved. */
	private SerialFormatAdmin.Trial samplesOf(long manufacturerId, Long formatId, SerialFormatForm form,
			Long modelId) {
		if (form.getSamples() == null || form.getSamples().isBlank()) {
			return null;
		}
		return admin.test(manufacturerId, formatId, form.toDraft(modelId), form.getSamples());
	}

	/**
	 * The model the typed number names among the manufacturer's (spaces, dashes and case aside), or null for every
	 * model when nothing is typed; a number none of its models has is refused beside the field. The manufacturer may
	 * have thousands of models: typing the number replaces a list of them all.
	 */
	private Long modelOf(Manufacturer maker, SerialFormatForm form, BindingResult result) {
		ModelNumber number = ModelNumber.of(form.getModelNumber());
		if (number.display().isEmpty() || result.hasFieldErrors("modelNumber")) {
			return null;
		}
		// Only dashes are no model's number, and not the empty field that means every model.
		Optional<ProductModel> model = number.isBlank() ? Optional.empty() : catalog.findModel(maker.getId(), number);
		if (model.isEmpty()) {
			result.rejectValue("modelNumber", "serialFormat.model.notOfMaker",
					new Object[] { number.display(), maker.getName() }, null);
		}
		return model.map(ProductModel::getId).orElse(null);
	}

	private static void reject(BindingResult result, List<SerialFormatAdmin.Problem> problems) {
		for (SerialFormatAdmin.Problem problem : problems) {
			// The form names its model by number; the rules by id.
			String field = "modelId".equals(problem.field()) ? "modelNumber" : problem.field();
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, problem.reason().code(), problem.reason().arguments(),
						problem.reason().code());
			}
		}
	}

	private String render(Manufacturer maker, SerialFormat editing, SerialFormatAdmin.Trial trial, Model model) {
		List<SerialFormatCatalog.Listed> listed = formats.ofManufacturer(maker.getId());
		// Only the models the listed formats are for: the manufacturer may have thousands.
		Map<Long, ProductModel> modelsById = catalog.findModels(listed.stream()
			.map(each -> each.format().getModelId())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		model.addAttribute("maker", maker);
		model.addAttribute("editing", editing);
		model.addAttribute("formats", listed);
		model.addAttribute("modelsById", modelsById);
		model.addAttribute("trial", trial);
		model.addAttribute("history", admin.history(maker.getId()));
		return VIEW;
	}

	private Manufacturer manufacturer(long id) {
		return catalog.findManufacturer(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private SerialFormat format(long manufacturerId, long formatId) {
		return formats.find(manufacturerId, formatId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String listUrl(long manufacturerId) {
		return "/admin/manufacturers/" + manufacturerId + "/serial-formats";
	}
}
