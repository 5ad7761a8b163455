package com.warrantyportal.notification.web;

import java.time.Duration;
import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.notification.OutboxMail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators read the mails the portal is about to send and those it sent (kept for
 * {@code warranty.retention.sent-mail} after sending), as their recipients read them: support can see
 * what a customer was told, and someone trying the portal without a mail server can follow every message. Opening
 * one is audited (it is a customer's correspondence).
 */
@Controller
@RequestMapping("/admin/mail")
class AdminMailController {

	private final MailOutbox outbox;

	/** How long sent mails are kept: the page says it. */
	private final Duration keptFor;

	AdminMailController(MailOutbox outbox, @Value("${warranty.retention.sent-mail:180d}") Duration keptFor) {
		this.outbox = outbox;
		this.keptFor = keptFor;
	}

	@GetMapping
	String list(@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "before", required = false) Long before, Model model) {
		String recipient = to == null ? "" : to.strip();
		if (recipient.length() > 254) {
			recipient = recipient.substring(0, 254);
		}
		List<OutboxMail> mails = outbox.page(recipient, before);
		model.addAttribute("to", recipient);
		model.addAttribute("mails", mails);
		model.addAttribute("pending", outbox.pending());
		model.addAttribute("sending", outbox.sending());
		model.addAttribute("keptFor", keptFor);
		model.addAttribute("next", mails.size() == MailOutbox.PAGE ? mails.get(mails.size() - 1).getId() : null);
		return "notification/mail-list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		OutboxMail mail = outbox.read(id, user.getUsername())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mail", mail);
		model.addAttribute("sending", outbox.sending());
		return "notification/mail";
	}
}
