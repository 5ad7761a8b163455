package com.warrantyportal.account.web;

import com.warrantyportal.account.OwnerSignUp;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.infrastructure.RateLimits;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mailed link that confirms a new owner's address, and "send me a new link" on the owner's home page. */
@Controller
class EmailConfirmationController {

	private final OwnerSignUp signUp;

	private final RateLimits limits;

	private final int perMinute;

	EmailConfirmationController(OwnerSignUp signUp, RateLimits limits,
			@Value("${warranty.signup.per-minute:5}") int perMinute) {
		this.signUp = signUp;
		this.limits = limits;
		this.perMinute = perMinute;
	}

	@GetMapping("/confirm-email")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("confirmed", signUp.confirm(token));
		return "account/email-confirmed";
	}

	@PostMapping("/my/email-confirmation")
	String resend(@AuthenticationPrincipal PortalUser user, HttpServletRequest request, RedirectAttributes redirect) {
		// Counted with sign-ups from the same address: both send a mail.
		RateLimits.Attempt attempt = limits.take(SignUpController.LIMIT, request.getRemoteAddr(), perMinute);
		if (!attempt.allowed()) {
			redirect.addFlashAttribute("message", "confirmEmail.wait");
			redirect.addFlashAttribute("messageArgs", new Object[] { attempt.retryAfterSeconds() });
		}
		else if (signUp.resendConfirmation(user.getAccountId())) {
			redirect.addFlashAttribute("message", "confirmEmail.resent");
			redirect.addFlashAttribute("messageArgs", new Object[] { user.getUsername() });
		}
		else {
			redirect.addFlashAttribute("message", "confirmEmail.already");
		}
		return "redirect:/my";
	}
}
