package com.warrantyportal.account.web;

import java.util.Optional;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.EmailAddress;
import com.warrantyportal.account.OwnerSignUp;
import com.warrantyportal.account.PasswordPolicy;
import com.warrantyportal.infrastructure.RateLimits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
 * Sign-up. A new owner is signed in at once and lands on their home page, which asks them to confirm their address
 * by the mailed link. An address that has an account signs nobody in: the page asks to check the inbox, where the
 * address's holder finds where to sign in or reset the password. That difference shows whether an address has an
 * account, which being signed in straight away cannot avoid; the limit per client address
 * ({@code warranty.signup.per-minute}) keeps anyone from asking about many addresses.
 */
@Controller
class SignUpController {

	static final String LIMIT = "sign-up";

	private static final String VIEW = "account/signup";

	private final OwnerSignUp signUp;

	private final PasswordPolicy passwordPolicy;

	private final RateLimits limits;

	private final int perMinute;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final AccountService users;

	SignUpController(OwnerSignUp signUp, PasswordPolicy passwordPolicy, RateLimits limits, AccountService users,
			@Value("${warranty.signup.per-minute:5}") int perMinute) {
		this.users = users;
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
		Optional<Account> created;
		try {
			created = signUp.signUp(form.getEmail(), form.getPassword(), form.getDisplayName());
		}
		catch (DataIntegrityViolationException ex) {
			// Another sign-up with this address won by a moment: it signed in and its mail has gone out.
			created = Optional.empty();
		}
		redirect.addFlashAttribute("email", EmailAddress.normalise(form.getEmail()));
		if (created.isEmpty()) {
			return "redirect:/signup/done";
		}
		signIn(users.loadUserByUsername(created.get().getEmail()), request, response);
		redirect.addFlashAttribute("message", "signup.welcome");
		return "redirect:/my";
	}

	/** Signs the new owner in as the sign-in form would: a new session id, the context kept in the session. */
	private void signIn(UserDetails user, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		contexts.setContext(context);
		sessions.saveContext(context, request, response);
	}

	@GetMapping("/signup/done")
	String done() {
		return "account/signup-done";
	}
}
