package com.warrantyportal.account.web;

import com.warrantyportal.account.PasswordPolicy;
import com.warrantyportal.account.PasswordReset;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgot password: ask for a link by e-mail, then choose a new password on the page the link opens. */
@Controller
class PasswordResetController {

	private final PasswordReset reset;

	private final PasswordPolicy passwordPolicy;

	PasswordResetController(PasswordReset reset, PasswordPolicy passwordPolicy) {
		this.reset = reset;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/forgot-password")
	String askForm() {
		return "account/forgot-password";
	}

	@PostMapping("/forgot-password")
	String ask(@RequestParam(defaultValue = "") String email, Model model) {
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
