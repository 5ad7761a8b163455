package com.warrantyportal.notification.internal;

import java.util.Locale;

import com.warrantyportal.account.EmailConfirmationRequested;
import com.warrantyportal.account.SignUpWithTakenAddress;
import com.warrantyportal.notification.MailOutbox;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Mails a new owner the link that confirms their address, and tells a taken address's owner about a sign-up try. */
@Component
class SignUpMails {

	private final MailOutbox outbox;

	private final SpringTemplateEngine templates;

	SignUpMails(MailOutbox outbox, SpringTemplateEngine templates) {
		this.outbox = outbox;
		this.templates = templates;
	}

	@EventListener
	void on(EmailConfirmationRequested requested) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("name", requested.displayName());
		context.setVariable("link", requested.link());
		outbox.queue(requested.email(), "Confirm your e-mail address for Warranty Portal",
				templates.process("mail/email-confirmation.txt", context),
				templates.process("mail/email-confirmation", context));
	}

	@EventListener
	void on(SignUpWithTakenAddress attempt) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("name", attempt.displayName());
		context.setVariable("signInLink", attempt.signInLink());
		context.setVariable("resetLink", attempt.resetLink());
		outbox.queue(attempt.email(), "You already have a Warranty Portal account",
				templates.process("mail/signup-taken.txt", context), templates.process("mail/signup-taken", context));
	}
}
