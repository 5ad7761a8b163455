package com.warrantyportal.notification.web;

import java.util.Optional;

import com.warrantyportal.notification.MailKind;
import com.warrantyportal.notification.internal.Unsubscribing;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The unsubscribe link of a mail: the page asks to confirm (a mail scanner that follows links changes nothing); the
 * POST switches that kind of mail off. Mail clients post the link themselves (RFC 8058 one-click), with neither a
 * session nor a CSRF token, so the security configuration lets this one path through without them.
 */
@Controller
@RequestMapping("/unsubscribe/{token}")
class UnsubscribeController {

	private final Unsubscribing unsubscribing;

	UnsubscribeController(Unsubscribing unsubscribing) {
		this.unsubscribing = unsubscribing;
	}

	@GetMapping
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("token", token);
		return page(unsubscribing.kindOf(token), false, model, response);
	}

	@PostMapping
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(unsubscribing.unsubscribe(token), true, model, response);
	}

	private static String page(Optional<MailKind> kind, boolean done, Model model, HttpServletResponse response) {
		if (kind.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("kind", kind.orElse(null));
		model.addAttribute("done", done);
		return "notification/unsubscribe";
	}
}
