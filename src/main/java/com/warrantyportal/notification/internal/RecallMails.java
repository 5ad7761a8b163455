package com.warrantyportal.notification.internal;

import java.util.Locale;

import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.recall.RecallCoverage;
import com.warrantyportal.recall.RecallOpened;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Tells every owner of a unit a new recall covers, once per owner whatever the number of their units, in the
 * transaction that opens the campaign (so the mails are queued if and only if it opens).
 */
@Component
class RecallMails {

	private final MailOutbox outbox;

	private final SpringTemplateEngine templates;

	private final String baseUrl;

	RecallMails(MailOutbox outbox, SpringTemplateEngine templates, @Value("${warranty.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(RecallOpened opened) {
		for (RecallCoverage.Owner owner : opened.owners()) {
			Context context = new Context(Locale.ENGLISH);
			context.setVariable("name", owner.name());
			context.setVariable("title", opened.title());
			context.setVariable("component", "*".equals(opened.component()) ? null : opened.component());
			context.setVariable("remedy", opened.remedy());
			context.setVariable("serials", owner.serials());
			context.setVariable("link", baseUrl + "/my/products");
			outbox.queue(owner.email(), "Recall: " + opened.title(), templates.process("mail/recall.txt", context),
					templates.process("mail/recall", context));
		}
	}
}
