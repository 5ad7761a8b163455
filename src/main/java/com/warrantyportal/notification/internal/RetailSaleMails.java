package com.warrantyportal.notification.internal;

import java.util.Locale;

import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.registration.RetailSaleRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Mails a buyer the invitation to add the product a retailer registered for them. The address may have no account
 * yet, so this is a mail only (no notice), and it cannot be switched off: it is the buyer's one way to the product.
 */
@Component
class RetailSaleMails {

	private final MailOutbox outbox;

	private final SpringTemplateEngine templates;

	RetailSaleMails(MailOutbox outbox, SpringTemplateEngine templates) {
		this.outbox = outbox;
		this.templates = templates;
	}

	@EventListener
	void on(RetailSaleRecorded sale) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("sale", sale);
		outbox.queue(sale.buyerEmail(), sale.retailer() + " registered your " + sale.manufacturer() + " "
				+ sale.modelNumber() + " for you", templates.process("mail/retail-sale.txt", context),
				templates.process("mail/retail-sale", context));
	}
}
