package com.warrantyportal.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
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
		binder.setAllowedFields("modelId", "pattern", "example", "description", "samples", "version");
	}

	@GetMapping
	String list(@PathVariable long manufacturerId, @RequestParam(name = "edit", required = false) Long editId,
			Model model) {
		Manufacturer maker = manufacturer(manufacturerId);
		SerialFormat editing = editId == null ? null : format(manufacturerId, editId);
		model.addAttribute("format", editing == null ? new SerialFormatForm() : SerialFormatForm.of(editing));
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
		if (!result.hasErrors()) {
			List<SerialFormatAdmin.Problem> problems = admin.add(manufacturerId, form.toDraft(), user.getUsername());
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("message", "serialFormat.added");
				return "redirect:" + listUrl(manufacturerId);
			}
			reject(result, problems);
		}
		return render(maker, null, samplesOf(manufacturerId, null, form), model);
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
		if (!result.hasErrors()) {
			try {
				List<SerialFormatAdmin.Problem> problems = admin.change(manufacturerId, formatId,
						form.getVersion() == null ? -1 : form.getVersion(), form.toDraft(), user.getUsername());
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
		return render(maker, editing, samplesOf(manufacturerId, formatId, form), model);
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
		SerialFormatAdmin.Trial trial = admin.test(maker.getId(), editing == null ? null : editing.getId(),
				form.toDraft(), form.getSamples());
		reject(result, trial.problems());
		return render(maker, editing, trial, model);
	}

	/** What the typed pattern makes of the samples, shown again beside a form that could not be saved. */
	private SerialFormatAdmin.Trial samplesOf(long manufacturerId, Long formatId, SerialFormatForm form) {
		if (form.getSamples() == null || form.getSamples().isBlank()) {
			return null;
		}
		return admin.test(manufacturerId, formatId, form.toDraft(), form.getSamples());
	}

	private static void reject(BindingResult result, List<SerialFormatAdmin.Problem> problems) {
		for (SerialFormatAdmin.Problem problem : problems) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.reason().code(), problem.reason().arguments(),
						problem.reason().code());
			}
		}
	}

	private String render(Manufacturer maker, SerialFormat editing, SerialFormatAdmin.Trial trial, Model model) {
		List<ProductModel> models = formats.modelsOf(maker.getId());
		Map<Long, ProductModel> modelsById = models.stream()
			.collect(Collectors.toMap(ProductModel::getId, Function.identity()));
		model.addAttribute("maker", maker);
		model.addAttribute("editing", editing);
		model.addAttribute("formats", formats.ofManufacturer(maker.getId()));
		model.addAttribute("models", models);
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
