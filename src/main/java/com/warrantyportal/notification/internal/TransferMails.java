package com.warrantyportal.notification.internal;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.registration.TransferAsked;
import com.warrantyportal.registration.TransferDecided;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Asks the current owner to answer a transfer request, and tells the requester the outcome. */
@Component
class TransferMails {

	private final MailOutbox outbox;

	private final AccountService accounts;

	private final SpringTemplateEngine templates;

	private final String baseUrl;

	TransferMails(MailOutbox outbox, AccountService accounts, SpringTemplateEngine templates,
			@Value("${warranty.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.templates = templates;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(TransferAsked asked) {
		Account owner = accounts.findById(asked.currentOwnerId()).orElseThrow();
		Context context = context(owner);
		context.setVariable("asked", true);
		context.setVariable("product", asked.product());
		context.setVariable("serial", asked.serial());
		outbox.queue(owner.getEmail(), "Someone asks to take over your " + asked.product(),
				templates.process("mail/transfer.txt", context), templates.process("mail/transfer", context));
	}

	@EventListener
	void on(TransferDecided decided) {
		Account requester = accounts.findById(decided.requesterId()).orElseThrow();
		Context context = context(requester);
		context.setVariable("asked", false);
		context.setVariable("accepted", decided.accepted());
		outbox.queue(requester.getEmail(),
				decided.accepted() ? "Your product transfer is done" : "Your product transfer was declined",
				templates.process("mail/transfer.txt", context), templates.process("mail/transfer", context));
	}

	private Context context(Account recipient) {
		Context context = new Context(java.util.Locale.ENGLISH);
		context.setVariable("name", recipient.getDisplayName());
		context.setVariable("link", baseUrl + "/my/products");
		return context;
	}
}
