package com.warrantyportal.notification.internal;

import com.warrantyportal.notification.MailKind;
import com.warrantyportal.recall.RecallCoverage;
import com.warrantyportal.recall.RecallOpened;
import com.warrantyportal.recall.Recalls;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Tells every owner of a unit a new recall covers, once per owner whatever the number of their units. It runs once
 * the campaign's opening has committed, in a transaction of its own (the administrator who opens a campaign over a
 * popular model does not wait while thousands of mails are written): all of a campaign's notices and mails are kept
 * together or none, and a failed run is retried from the event publication registry. Recalls are safety notices:
 * always mailed, whatever the owner's settings.
 */
@Component
class RecallMails {

	private final OwnerNotifier notifier;

	private final Recalls recalls;

	RecallMails(OwnerNotifier notifier, Recalls recalls) {
		this.notifier = notifier;
		this.recalls = recalls;
	}

	@ApplicationModuleListener
	void on(RecallOpened opened) {
		for (RecallCoverage.Owner recipient : recalls.ownersToTell(opened.campaignId())) {
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
