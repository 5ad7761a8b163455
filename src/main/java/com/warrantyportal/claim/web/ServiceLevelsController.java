package com.warrantyportal.claim.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.claim.ServiceLevels;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set the working days staff have for a claim (docs/service-levels.md). */
@Controller
@RequestMapping("/admin/service-levels")
class ServiceLevelsController {

	private static final String VIEW = "claim/service-levels";

	private final ServiceLevels levels;

	ServiceLevelsController(ServiceLevels levels) {
		this.levels = levels;
	}

	@InitBinder("form")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("firstResponseDays", "decisionDays");
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", ServiceLevelsForm.of(levels.targets()));
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ServiceLevelsForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		levels.change(form.targets(), user.getUsername());
		redirect.addFlashAttribute("message", "serviceLevels.saved");
		return "redirect:/admin/service-levels";
	}
}
