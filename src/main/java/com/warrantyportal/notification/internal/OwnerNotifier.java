package com.warrantyportal.notification.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.warrantyportal.notification.MailKind;
import com.warrantyportal.notification.MailOutbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The one place an owner is told something: the in-app notice is always recorded, and the mail queued beside it
 * (same transaction) unless the owner switched that kind of mail off. A mail of a kind that can be switched off
 * carries its own unsubscribe link, in the footer and as {@code List-Unsubscribe} headers (RFC 8058).
 */
@Component
class OwnerNotifier {

	/** Who is told. */
	record Owner(long accountId, String email, String name) {
	}

	/** What the owner is told: the notice's title and link (a path in the portal), and the mail built from it. */
	record Message(MailKind kind, String title, String path, String subject, String template, Context context) {
	}

	private final MailOutbox outbox;

	private final Notices notices;

	private final NotificationSettings settings;

	private final Unsubscribing unsubscribing;

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	private final String baseUrl;

	OwnerNotifier(MailOutbox outbox, Notices notices, NotificationSettings settings, Unsubscribing unsubscribing,
			SpringTemplateEngine templates, MessageSource messages, @Value("${warranty.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.notices = notices;
		this.settings = settings;
		this.unsubscribing = unsubscribing;
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** A mail context with the owner's name and the link to the thing, as every owner mail starts. */
	Context context(Owner owner, String path) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("name", owner.name());
		context.setVariable("link", baseUrl + path);
		return context;
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.ENGLISH);
	}

	/** Tells the owner, reading their settings. */
	void tell(Owner owner, Message message) {
		tell(owner, message, settings.of(owner.accountId()));
	}

	/** Tells the owner with settings already read (the reminder job reads a page of owners' settings at once). */
	void tell(Owner owner, Message message, NotificationSetting setting) {
		notices.record(owner.accountId(), message.kind(), message.title(), message.path());
		if (!setting.wantsMail(message.kind())) {
			return;
		}
		Context context = message.context();
		Map<String, String> headers = new LinkedHashMap<>();
		if (message.kind().unsubscribable()) {
			String unsubscribe = unsubscribing.newLink(owner.accountId(), message.kind());
			context.setVariable("unsubscribe", unsubscribe);
			context.setVariable("unsubscribeWhat", text("notification.kind." + message.kind()));
			headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		outbox.queue(owner.email(), message.subject(), templates.process(message.template() + ".txt", context),
				templates.process(message.template(), context), headers);
	}
}
