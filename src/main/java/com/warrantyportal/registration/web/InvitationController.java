package com.warrantyportal.registration.web;

import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.registration.ProductNotFoundException;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.registration.RegistrationProblem;
import com.warrantyportal.registration.RetailSales;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A buyer follows the mailed invitation of a retailer's sale and adds the product to their account with one button.
 * An invitation that is not theirs, used or expired says so in words; one unknown answers 404.
 */
@Controller
@RequestMapping("/my/invitations")
class InvitationController {

	private static final String VIEW = "registration/invitation";

	private final RetailSales sales;

	InvitationController(RetailSales sales) {
		this.sales = sales;
	}

	@GetMapping("/{token}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String token, Model model) {
		return page(user, token, model, List.of());
	}

	@PostMapping("/{token}")
	String accept(@AuthenticationPrincipal PortalUser user, @PathVariable String token, Model model,
			RedirectAttributes redirect) {
		RetailSales.Acceptance acceptance;
		try {
			acceptance = sales.accept(token, user.getAccountId(), user.getUsername());
		}
		catch (IllegalStateException ex) {
			return page(user, token, model, List.of());
		}
		if (acceptance.outcome() instanceof RegistrationOutcome.Registered registered) {
			redirect.addFlashAttribute("message", "invitation.accepted");
			return "redirect:/my/products/" + registered.registration().getId();
		}
		if (acceptance.outcome() instanceof RegistrationOutcome.TransferRequested) {
			redirect.addFlashAttribute("message", "product.transferRequested");
			return "redirect:/my/products";
		}
		return page(user, token, model, RetailSales.problems(acceptance));
	}

	private String page(PortalUser user, String token, Model model, List<RegistrationProblem> problems) {
		RetailSales.Invitation invitation = sales.invitation(token).orElseThrow(ProductNotFoundException::new);
		model.addAttribute("invitation", invitation);
		model.addAttribute("forYou", invitation.sale().isFor(user.getUsername()));
		model.addAttribute("token", token);
		model.addAttribute("problems", problems);
		return VIEW;
	}
}
