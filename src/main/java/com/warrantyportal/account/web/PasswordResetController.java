package com.warrantyportal.account.web;

import com.warrantyportal.account.PasswordPolicy;
import com.warrantyportal.account.PasswordReset;
import com.warrantyportal.infrastructure.RateLimits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgot password: ask for a link by e-mail, then choose a new password on the page the link opens. Asking is limited
 * per client address ({@code warranty.password-reset.per-minute}), since each request may send a mail.
 */
@Controller
class PasswordResetController {

	static final String LIMIT = "password-reset";

	private final PasswordReset reset;

	private final PasswordPolicy passwordPolicy;

	private final RateLimits limits;

	private final int perMinute;

	PasswordResetController(PasswordReset reset, PasswordPolicy passwordPolicy, RateLimits limits,
			@Value("${warranty.password-reset.per-minute:5}") int perMinute) {
		this.reset = reset;
		this.passwordPolicy = passwordPolicy;
		this.limits = limits;
		this.perMinute = perMinute;
	}

	@GetMapping("/forgot-password")
	String askForm() {
		return "account/forgot-password";
	}

	@PostMapping("/forgot-password")
	String ask(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		RateLimits.Attempt attempt = limits.take(LIMIT, request.getRemoteAddr(), perMinute);
		if (!attempt.allowed()) {
			model.addAttribute("retryAfterSeconds", attempt.refuse(response));
			model.addAttribute("email", email);
			return "account/forgot-password";
		}
		if (email.isBlank() || !email.contains("@")) {
			model.addAttribute("emailError", "signup.email.malformed");
			model.addAttribute("email", email);
			return "account/forgot-password";
		}
		reset.request(email.strip());
		model.addAttribute("sent", true);
		model.addAttribute("email", email.strip());
		return "account/forgot-password";
	}

	@GetMapping("/reset-password")
	String chooseForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", reset.isUsable(token));
		return "account/reset-password";
	}

	@PostMapping("/reset-password")
	String choose(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			Model model, RedirectAttributes redirect) {
		String problem = passwordPolicy.problemWith(password).orElse(null);
		if (problem == null && reset.reset(token, password)) {
			redirect.addFlashAttribute("message", "reset.done");
			return "redirect:/login";
		}
		model.addAttribute("token", token);
		model.addAttribute("usable", problem != null && reset.isUsable(token));
		model.addAttribute("passwordError", problem);
		return "account/reset-password";
	}
}
