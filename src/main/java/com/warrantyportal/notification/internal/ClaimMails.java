package com.warrantyportal.notification.internal;

import java.util.Locale;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.claim.ClaimStatusChanged;
import com.warrantyportal.notification.MailOutbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Tells the owner when their claim is submitted and every time its status changes. */
@Component
class ClaimMails {

	private final MailOutbox outbox;

	private final AccountService accounts;

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	private final String baseUrl;

	ClaimMails(MailOutbox outbox, AccountService accounts, SpringTemplateEngine templates, MessageSource messages,
			@Value("${warranty.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** Runs inside the transaction that changed the claim, so the mail is queued if and only if the change commits. */
	@EventListener
	void on(ClaimStatusChanged change) {
		Account owner = accounts.findById(change.ownerId()).orElseThrow();
		Locale locale = Locale.ENGLISH;
		String status = messages.getMessage("claim.status." + change.to(), null, locale);
		Context context = new Context(locale);
		context.setVariable("name", owner.getDisplayName());
		context.setVariable("number", change.claimNumber());
		context.setVariable("status", status);
		context.setVariable("to", change.to().name());
		context.setVariable("note", change.note());
		context.setVariable("link", baseUrl + "/my/claims/" + change.claimNumber());
		String subject = change.from() == null ? "We received your warranty claim " + change.claimNumber()
				: "Your warranty claim " + change.claimNumber() + ": " + status;
		outbox.queue(owner.getEmail(), subject, templates.process("mail/claim-status.txt", context),
				templates.process("mail/claim-status", context));
	}
}
