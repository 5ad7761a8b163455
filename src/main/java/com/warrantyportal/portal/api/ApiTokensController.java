package com.warrantyportal.portal.api;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

/**
 * Administrators issue API tokens to retailers and manufacturers, see when each was last used, and revoke them. A new
 * token is shown once, on the answer to the form (never stored, never cached), and never again.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokensController {

	private static final String VIEW = "portal/api-tokens";

	private final ApiClients clients;

	private final CatalogService catalog;

	private final Clock clock;

	ApiTokensController(ApiClients clients, CatalogService catalog, Clock clock) {
		this.clients = clients;
		this.clock = clock;
		this.catalog = catalog;
	}

	@InitBinder("form")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("organisation", "scope", "manufacturerId", "validDays");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new ApiTokenForm());
		return page(model);
	}

	@PostMapping
	String issue(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ApiTokenForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		form.check(result);
		if (result.hasErrors()) {
			return page(model);
		}
		ApiClients.Issued issued = clients.issue(form.getOrganisation(), form.getScope(), form.getManufacturerId(),
				form.getValidDays(), user.getUsername());
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("issued", issued);
		model.addAttribute("form", new ApiTokenForm());
		return page(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			clients.revoke(id, version, user.getUsername());
			redirect.addFlashAttribute("message", "apiToken.revoked");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "apiToken.changed");
		}
		return "redirect:/admin/api-tokens";
	}

	private String page(Model model) {
		Map<Long, Manufacturer> manufacturers = catalog.manufacturers().stream()
			.collect(Collectors.toMap(Manufacturer::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		model.addAttribute("tokens", clients.all());
		model.addAttribute("manufacturers", manufacturers);
		model.addAttribute("scopes", ApiScope.values());
		model.addAttribute("validities", ApiTokenForm.VALIDITIES);
		model.addAttribute("now", clock.instant());
		return VIEW;
	}
}
