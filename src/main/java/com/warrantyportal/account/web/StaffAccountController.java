package com.warrantyportal.account.web;

import java.util.List;

import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.PasswordPolicy;
import com.warrantyportal.account.EmailAlreadyRegisteredException;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.account.StaffAccounts;

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

/** Staff accounts for administrators: list, create, switch off and on. */
@Controller
@RequestMapping("/admin/accounts")
class StaffAccountController {

	private static final String VIEW = "account/staff-accounts";

	private final StaffAccounts staff;

	private final PasswordPolicy passwordPolicy;

	private final AccountService accounts;

	StaffAccountController(StaffAccounts staff, PasswordPolicy passwordPolicy, AccountService accounts) {
		this.accounts = accounts;
		this.staff = staff;
		this.passwordPolicy = passwordPolicy;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("email", "displayName", "role", "password");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new StaffAccountForm());
		return render(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") StaffAccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password")) {
			passwordPolicy.problemWith(form.getPassword()).ifPresent(code -> result.rejectValue("password", code));
		}
		if (!result.hasFieldErrors("email") && accounts.exists(form.getEmail())) {
			result.rejectValue("email", "signup.email.taken");
		}
		if (!result.hasFieldErrors("role") && form.getRole() == Role.OWNER) {
			result.rejectValue("role", "account.role.required");
		}
		if (!result.hasErrors()) {
			try {
				staff.create(form.getEmail(), form.getDisplayName(), form.getRole(), form.getPassword(),
						user.getUsername());
				redirect.addFlashAttribute("message", "account.created");
				return "redirect:/admin/accounts";
			}
			catch (EmailAlreadyRegisteredException ex) {
				result.rejectValue("email", "signup.email.taken");
			}
		}
		form.setPassword(null);
		return render(model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			staff.setEnabled(id, version, enabled, user.getAccountId(), user.getUsername());
			redirect.addFlashAttribute("message", enabled ? "account.enabled" : "account.disabled");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "account.conflict");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "account.notYourself");
		}
		return "redirect:/admin/accounts";
	}

	private String render(Model model) {
		model.addAttribute("accounts", staff.staff());
		model.addAttribute("roles", List.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN));
		return VIEW;
	}
}
