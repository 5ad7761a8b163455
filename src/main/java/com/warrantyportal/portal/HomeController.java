package com.warrantyportal.portal;

import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.StaffQueue;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.UnitService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and one home page per role. */
@Controller
class HomeController {

	private final RegistrationService registrations;

	private final ClaimService claims;

	private final CatalogService catalog;

	private final AccountService accounts;

	private final UnitService units;

	private final StaffQueue queue;

	HomeController(RegistrationService registrations, ClaimService claims, CatalogService catalog,
			AccountService accounts, UnitService units, StaffQueue queue) {
		this.units = units;
		this.queue = queue;
		this.registrations = registrations;
		this.claims = claims;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String start(@AuthenticationPrincipal PortalUser user) {
		return user == null ? "portal/start" : "redirect:" + homeOf(user.getRole());
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal PortalUser user) {
		return "redirect:" + homeOf(user.getRole());
	}

	@GetMapping("/my")
	@PreAuthorize("hasRole('OWNER')")
	String ownerHome(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("products", registrations.countActiveForOwner(user.getAccountId()));
		model.addAttribute("openClaims", claims.countOpenForOwner(user.getAccountId()));
		model.addAttribute("recentClaims", claims.recentForOwner(user.getAccountId()));
		model.addAttribute("emailConfirmed", accounts.isEmailConfirmed(user.getAccountId()));
		return "portal/owner-home";
	}

	@GetMapping("/staff")
	@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
	String staffHome(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("counts", queue.counts());
		if (user.getRole() == Role.SUPERVISOR) {
			model.addAttribute("workload", queue.workload());
		}
		model.addAttribute("alerts", units.openAlerts());
		return "portal/staff-home";
	}

	@GetMapping("/admin")
	@PreAuthorize("hasRole('ADMIN')")
	String adminHome(Model model) {
		model.addAttribute("manufacturers", catalog.countManufacturers());
		model.addAttribute("models", catalog.countModels());
		model.addAttribute("owners", accounts.countByRoleRecently(Role.OWNER));
		model.addAttribute("staff", accounts.countByRole(Role.AGENT) + accounts.countByRole(Role.SUPERVISOR));
		return "portal/admin-home";
	}

	static String homeOf(Role role) {
		return switch (role) {
			case OWNER -> "/my";
			case AGENT, SUPERVISOR -> "/staff";
			case ADMIN -> "/admin";
		};
	}
}
