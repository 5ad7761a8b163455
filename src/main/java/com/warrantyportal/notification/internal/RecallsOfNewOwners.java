package com.warrantyportal.notification.internal;

import java.util.List;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.notification.MailKind;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.ProductRegistered;
import com.warrantyportal.registration.TransferDecided;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Tells an owner who just became a unit's owner (by registering it, or by a transfer accepted) of every open recall
 * that covers it and was not remedied on it yet: the campaign's own mail went to the owners of its day, and a recall is
 * a safety notice (always mailed). In the transaction that made them the owner, so the notice and the mail are kept
 * with it or not at all. Units only possibly covered (their manufacture date unknown) are shown on the product page,
 * not mailed.
 */
@Component
class RecallsOfNewOwners {

	private final OwnerNotifier notifier;

	private final Recalls recalls;

	private final UnitService units;

	private final AccountService accounts;

	RecallsOfNewOwners(OwnerNotifier notifier, Recalls recalls, UnitService units, AccountService accounts) {
		this.notifier = notifier;
		this.recalls = recalls;
		this.units = units;
		this.accounts = accounts;
	}

	@EventListener
	void on(ProductRegistered registered) {
		tell(registered.ownerId(), registered.unitId(), "/my/products/" + registered.registrationId());
	}

	@EventListener
	void on(TransferDecided decided) {
		if (decided.accepted()) {
			tell(decided.requesterId(), decided.unitId(), "/my/products");
		}
	}

	private void tell(long ownerId, long unitId, String path) {
		List<RecallCampaign> open = recalls.openFor(unitId);
		if (open.isEmpty()) {
			return;
		}
		Unit unit = units.find(unitId).orElseThrow();
		Account account = accounts.findById(ownerId).orElseThrow();
		OwnerNotifier.Owner owner = new OwnerNotifier.Owner(account.getId(), account.getEmail(),
				account.getDisplayName());
		for (RecallCampaign campaign : open) {
			Context context = notifier.context(owner, path);
			context.setVariable("title", campaign.getTitle());
			context.setVariable("component", "*".equals(campaign.getComponent()) ? null : campaign.getComponent());
			context.setVariable("remedy", campaign.getRemedy());
			context.setVariable("serials", List.of(unit.getSerialDisplay()));
			String subject = notifier.text("notice.recall", campaign.getTitle());
			notifier.tell(owner,
					new OwnerNotifier.Message(MailKind.RECALL, subject, path, subject, "mail/recall", context));
		}
	}
}
