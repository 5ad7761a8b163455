package com.warrantyportal.account.web;

import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.PasswordPolicy;
import com.warrantyportal.account.EmailAlreadyRegisteredException;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignUpController {

	private static final String VIEW = "account/signup";

	private final AccountService accounts;

	private final PasswordPolicy passwordPolicy;

	SignUpController(AccountService accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("email", "displayName", "password");
	}

	@GetMapping("/signup")
	String initSignUpForm(Model model) {
		model.addAttribute("form", new SignUpForm());
		return VIEW;
	}

	@PostMapping("/signup")
	String processSignUpForm(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password")) {
			passwordPolicy.problemWith(form.getPassword()).ifPresent(code -> result.rejectValue("password", code));
		}
		if (!result.hasFieldErrors("email") && accounts.exists(form.getEmail())) {
			result.rejectValue("email", "signup.email.taken");
		}
		if (!result.hasErrors()) {
			try {
				accounts.signUpOwner(form.getEmail(), form.getPassword(), form.getDisplayName());
				redirect.addFlashAttribute("message", "signup.done");
				redirect.addAttribute("email", form.getEmail());
				return "redirect:/login?registered";
			}
			catch (EmailAlreadyRegisteredException ex) {
				result.rejectValue("email", "signup.email.taken");
			}
		}
		form.setPassword(null);
		return VIEW;
	}
}
