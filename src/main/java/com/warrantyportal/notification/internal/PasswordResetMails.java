package com.warrantyportal.notification.internal;

import com.warrantyportal.account.PasswordResetRequested;
import com.warrantyportal.notification.MailOutbox;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Mails the one-time link to choose a new password. */
@Component
class PasswordResetMails {

	private final MailOutbox outbox;

	private final SpringTemplateEngine templates;

	PasswordResetMails(MailOutbox outbox, SpringTemplateEngine templates) {
		this.outbox = outbox;
		this.templates = templates;
	}

	@EventListener
	void on(PasswordResetRequested requested) {
		Context context = new Context(java.util.Locale.ENGLISH);
		context.setVariable("name", requested.displayName());
		context.setVariable("link", requested.link());
		outbox.queue(requested.email(), "Choose a new Warranty Portal password",
				templates.process("mail/password-reset.txt", context),
				templates.process("mail/password-reset", context));
	}
}
