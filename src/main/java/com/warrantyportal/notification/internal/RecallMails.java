package com.warrantyportal.notification.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.warrantyportal.notification.MailKind;
import com.warrantyportal.recall.RecallCoverage;
import com.warrantyportal.recall.RecallOpened;
import com.warrantyportal.recall.Recalls;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;
import org.thymeleaf.context.Context;

/**
 * Tells every owner of a unit a new recall covers, once per owner whatever the number of their units. It runs once
 * the campaign's opening has committed (the administrator who opens a campaign over a popular model does not wait
 * while thousands of mails are written): the owners are listed once (by account id), then told in batches of
 * {@code warranty.recalls.owners-per-transaction}, each in a transaction of its own that records the last owner
 * told: a run that fails or stops is retried from the event publication registry and goes on from there, and two
 * runs at once take turns on the campaign's row, so nobody is told twice. An owner who registers a covered unit
 * while the mails are written sees the recall on their product page. Recalls are safety notices: always mailed,
 * whatever the owner's settings.
 */
@Component
class RecallMails {

	private final OwnerNotifier notifier;

	private final Recalls recalls;

	private final NotificationSettings settings;

	private final TransactionTemplate transaction;

	private final int ownersPerTransaction;

	RecallMails(OwnerNotifier notifier, Recalls recalls, NotificationSettings settings,
			PlatformTransactionManager transactions,
			@Value("${warranty.recalls.owners-per-transaction:500}") int ownersPerTransaction) {
		this.notifier = notifier;
		this.recalls = recalls;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		Assert.isTrue(ownersPerTransaction > 0, "warranty.recalls.owners-per-transaction must be at least 1");
		this.ownersPerTransaction = ownersPerTransaction;
	}

	@Async
	@TransactionalEventListener
	void on(RecallOpened opened) {
		tellOwners(opened, ownersPerTransaction);
	}

	/** Tells the owners not told yet, {@code batch} per transaction; answers how many were told. */
	int tellOwners(RecallOpened opened, int batch) {
		long campaignId = opened.campaignId();
		List<Long> toTell = recalls.ownersToTell(campaignId);
		int told = 0;
		while (true) {
			Integer n = transaction.execute(status -> {
				long upTo = recalls.lockOwnersToldUpTo(campaignId);
				int from = firstAfter(toTell, upTo);
				if (upTo < 0 || from == toTell.size()) {
					return null;
				}
				List<Long> next = toTell.subList(from, Math.min(from + batch, toTell.size()));
				List<RecallCoverage.Owner> owners = recalls.owners(campaignId, next);
				Map<Long, NotificationSetting> settingsOf = settings.of(next);
				owners.forEach(owner -> tell(opened, owner, settingsOf.get(owner.accountId())));
				recalls.ownersTold(campaignId, next.get(next.size() - 1));
				return owners.size();
			});
			if (n == null) {
				return told;
			}
			told += n;
		}
	}

	/** The index of the first id above {@code upTo} in these sorted ids (their size when none is). */
	private static int firstAfter(List<Long> sortedIds, long upTo) {
		int found = Collections.binarySearch(sortedIds, upTo);
		return found >= 0 ? found + 1 : -found - 1;
	}

	private void tell(RecallOpened opened, RecallCoverage.Owner recipient, NotificationSetting setting) {
		OwnerNotifier.Owner owner = new OwnerNotifier.Owner(recipient.accountId(), recipient.email(),
				recipient.name());
		Context context = notifier.context(owner, "/my/products");
		context.setVariable("title", opened.title());
		context.setVariable("component", "*".equals(opened.component()) ? null : opened.component());
		context.setVariable("remedy", opened.remedy());
		context.setVariable("serials", recipient.serials());
		String subject = notifier.text("notice.recall", opened.title());
		notifier.tell(owner, new OwnerNotifier.Message(MailKind.RECALL, subject, "/my/products", subject,
				"mail/recall", context), setting);
	}
}
