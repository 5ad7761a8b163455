package com.warrantyportal.account.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.infrastructure.web.TemplateHelper;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which parts of the site menu the person looking at a page sees, from their one role. The layout asks once per page
 * ({@code ${#siteMenu.forViewer()}}) instead of evaluating a security expression for each part of the menu, which
 * parsed each expression again on every page.
 */
@TemplateHelper("siteMenu")
public class SiteMenu {

	/** The menu of whoever is signed in on this request; the anonymous one when nobody is. */
	public Viewer forViewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof PortalUser user) {
			return new Viewer(user.getRole(), user.getDisplayName());
		}
		return new Viewer(null, null);
	}

	/** The person looking at the page: their role, or none when they have not signed in. */
	public record Viewer(Role role, String displayName) {

		public boolean signedIn() {
			return role != null;
		}

		public boolean owner() {
			return role == Role.OWNER;
		}

		/** Agents and supervisors: the claim queue, transfers and the staff search. */
		public boolean staff() {
			return role == Role.AGENT || role == Role.SUPERVISOR;
		}

		public boolean admin() {
			return role == Role.ADMIN;
		}

		public boolean readsReports() {
			return role == Role.SUPERVISOR || role == Role.ADMIN;
		}
	}
}
