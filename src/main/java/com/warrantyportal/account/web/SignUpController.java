package com.warrantyportal.account.web;

import com.warrantyportal.account.EmailAddress;
import com.warrantyportal.account.OwnerSignUp;
import com.warrantyportal.account.PasswordPolicy;
import com.warrantyportal.infrastructure.RateLimits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up. Whether or not the address has an account, a valid form ends on the same "confirm your e-mail address"
 * page (the address's owner learns the rest by e-mail), so the page tells nobody which addresses have accounts.
 * Limited per client address ({@code warranty.signup.per-minute}): each sign-up may send a mail.
 */
@Controller
class SignUpController {

	static final String LIMIT = "sign-up";

	private static final String VIEW = "account/signup";

	private final OwnerSignUp signUp;

	private final PasswordPolicy passwordPolicy;

	private final RateLimits limits;

	private final int perMinute;

	SignUpController(OwnerSignUp signUp, PasswordPolicy passwordPolicy, RateLimits limits,
			@Value("${warranty.signup.per-minute:5}") int perMinute) {
		this.signUp = signUp;
		this.passwordPolicy = passwordPolicy;
		this.limits = limits;
		this.perMinute = perMinute;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("email", "displayName", "password");
	}

	@GetMapping("/signup")
	String initSignUpForm(Model model) {
		model.addAttribute("form", new SignUpForm());
		return VIEW;
	}

	@PostMapping("/signup")
	String processSignUpForm(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		RateLimits.Attempt attempt = limits.take(LIMIT, request.getRemoteAddr(), perMinute);
		if (!attempt.allowed()) {
			model.addAttribute("retryAfterSeconds", attempt.refuse(response));
			form.setPassword(null);
			return VIEW;
		}
		if (!result.hasFieldErrors("password")) {
			passwordPolicy.problemWith(form.getPassword()).ifPresent(code -> result.rejectValue("password", code));
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			return VIEW;
		}
		try {
			signUp.signUp(form.getEmail(), form.getPassword(), form.getDisplayName());
		}
		catch (DataIntegrityViolationException ex) {
			// Another sign-up with this address won by a moment: its own mail has gone out; answer as always.
		}
		redirect.addFlashAttribute("email", EmailAddress.normalise(form.getEmail()));
		return "redirect:/signup/done";
	}

	@GetMapping("/signup/done")
	String done() {
		return "account/signup-done";
	}
}
