package com.warrantyportal.notification.internal;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.notification.MailKind;
import com.warrantyportal.registration.TransferAsked;
import com.warrantyportal.registration.TransferDecided;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/** Asks the current owner to answer a transfer request, and tells the requester the outcome. */
@Component
class TransferMails {

	private static final String PRODUCTS = "/my/products";

	private final OwnerNotifier notifier;

	private final AccountService accounts;

	TransferMails(OwnerNotifier notifier, AccountService accounts) {
		this.notifier = notifier;
		this.accounts = accounts;
	}

	@EventListener
	void on(TransferAsked asked) {
		OwnerNotifier.Owner owner = owner(asked.currentOwnerId());
		Context context = notifier.context(owner, PRODUCTS);
		context.setVariable("asked", true);
		context.setVariable("product", asked.product());
		context.setVariable("serial", asked.serial());
		String subject = notifier.text("notice.transfer.asked", asked.product());
		notifier.tell(owner,
				new OwnerNotifier.Message(MailKind.TRANSFER, subject, PRODUCTS, subject, "mail/transfer", context));
	}

	@EventListener
	void on(TransferDecided decided) {
		OwnerNotifier.Owner requester = owner(decided.requesterId());
		Context context = notifier.context(requester, PRODUCTS);
		context.setVariable("asked", false);
		context.setVariable("accepted", decided.accepted());
		String subject = notifier.text(decided.accepted() ? "notice.transfer.done" : "notice.transfer.declined");
		notifier.tell(requester,
				new OwnerNotifier.Message(MailKind.TRANSFER, subject, PRODUCTS, subject, "mail/transfer", context));
	}

	private OwnerNotifier.Owner owner(long accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		return new OwnerNotifier.Owner(account.getId(), account.getEmail(), account.getDisplayName());
	}
}
