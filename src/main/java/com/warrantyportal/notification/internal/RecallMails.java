package com.warrantyportal.notification.internal;

import com.warrantyportal.notification.MailKind;
import com.warrantyportal.recall.RecallCoverage;
import com.warrantyportal.recall.RecallOpened;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Tells every owner of a unit a new recall covers, once per owner whatever the number of their units, in the
 * transaction that opens the campaign (so notices and mails are kept if and only if it opens). Recalls are safety
 * notices: always mailed, whatever the owner's settings.
 */
@Component
class RecallMails {

	private final OwnerNotifier notifier;

	RecallMails(OwnerNotifier notifier) {
		this.notifier = notifier;
	}

	@EventListener
	void on(RecallOpened opened) {
		for (RecallCoverage.Owner recipient : opened.owners()) {
			OwnerNotifier.Owner owner = new OwnerNotifier.Owner(recipient.accountId(), recipient.email(),
					recipient.name());
			Context context = notifier.context(owner, "/my/products");
			context.setVariable("title", opened.title());
			context.setVariable("component", "*".equals(opened.component()) ? null : opened.component());
			context.setVariable("remedy", opened.remedy());
			context.setVariable("serials", recipient.serials());
			String subject = notifier.text("notice.recall", opened.title());
			notifier.tell(owner, new OwnerNotifier.Message(MailKind.RECALL, subject, "/my/products", subject,
					"mail/recall", context));
		}
	}
}
