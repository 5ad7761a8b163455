package com.warrantyportal.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.notification.MailKind;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.ProductRegistered;
import com.warrantyportal.registration.TransferDecided;
import com.warrantyportal.unit.UnitService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thymeleaf.context.Context;

/**
 * Tells an owner who just became a unit's owner (by registering it, or by a transfer accepted) of every open recall
 * that covers it and was not remedied on it yet: the campaign's own mail went to the owners of its day, and a recall is
 * a safety notice (always mailed). The units a transaction gave an owner are told together just before it commits,
 * one mail and notice per recall listing their serials (an import of fifty recalled units is one mail), kept with the
 * registrations or not at all; a preview that rolls back tells nobody. Units only possibly covered (their manufacture
 * date unknown) are shown on the product page, not mailed.
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
		collect(registered.ownerId(), registered.unitId(), "/my/products/" + registered.registrationId());
	}

	@EventListener
	void on(TransferDecided decided) {
		if (decided.accepted()) {
			collect(decided.requesterId(), decided.unitId(), "/my/products");
		}
	}

	/** One recall to tell one owner of, with the serials of their new units it covers. */
	private record Told(long ownerId, RecallCampaign campaign, List<String> serials, String path) {
	}

	private void collect(long ownerId, long unitId, String path) {
		List<RecallCampaign> open = recalls.openFor(unitId);
		if (open.isEmpty()) {
			return;
		}
		String serial = units.find(unitId).orElseThrow().getSerialDisplay();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			open.forEach(campaign -> tell(new Told(ownerId, campaign, List.of(serial), path)));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		for (RecallCampaign campaign : open) {
			pending.told.computeIfAbsent(ownerId + ":" + campaign.getId(),
					key -> new Told(ownerId, campaign, new ArrayList<>(), path)).serials().add(serial);
		}
	}

	private void tell(Told told) {
		Account account = accounts.findById(told.ownerId()).orElseThrow();
		OwnerNotifier.Owner owner = new OwnerNotifier.Owner(account.getId(), account.getEmail(),
				account.getDisplayName());
		// Several units: the list of products, where each shows its recall.
		String path = told.serials().size() == 1 ? told.path() : "/my/products";
		RecallCampaign campaign = told.campaign();
		Context context = notifier.context(owner, path);
		context.setVariable("title", campaign.getTitle());
		context.setVariable("component", "*".equals(campaign.getComponent()) ? null : campaign.getComponent());
		context.setVariable("remedy", campaign.getRemedy());
		context.setVariable("serials", List.copyOf(told.serials()));
		String subject = notifier.text("notice.recall", campaign.getTitle());
		notifier.tell(owner, new OwnerNotifier.Message(MailKind.RECALL, subject, path, subject, "mail/recall", context));
	}

	/** What one transaction has to tell, told just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Map<String, Told> told = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			told.values().forEach(RecallsOfNewOwners.this::tell);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(RecallsOfNewOwners.this);
		}
	}
}
