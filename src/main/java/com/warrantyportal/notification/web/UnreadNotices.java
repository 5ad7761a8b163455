package com.warrantyportal.notification.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.notification.internal.Notices;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header's count of unread notices, for owners' pages: one indexed COUNT per page shown (GET), none for form
 * posts and redirects, none for staff or visitors.
 */
@ControllerAdvice
class UnreadNotices {

	private final Notices notices;

	UnreadNotices(Notices notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	Long unreadNotices(@AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
		if (user == null || user.getRole() != Role.OWNER || !"GET".equals(request.getMethod())) {
			return null;
		}
		return notices.unread(user.getAccountId());
	}
}
