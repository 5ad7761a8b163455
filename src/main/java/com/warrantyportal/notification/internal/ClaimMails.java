package com.warrantyportal.notification.internal;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.ClaimStatusChanged;
import com.warrantyportal.notification.MailKind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/** Tells the owner when their claim is submitted and every time its status changes (a staff question among them). */
@Component
class ClaimMails {

	private final OwnerNotifier notifier;

	private final AccountService accounts;

	ClaimMails(OwnerNotifier notifier, AccountService accounts) {
		this.notifier = notifier;
		this.accounts = accounts;
	}

	/** Runs inside the transaction that changed the claim, so notice and mail are kept if and only if it commits. */
	@EventListener
	void on(ClaimStatusChanged change) {
		Account account = accounts.findById(change.ownerId()).orElseThrow();
		OwnerNotifier.Owner owner = new OwnerNotifier.Owner(account.getId(), account.getEmail(),
				account.getDisplayName());
		String path = "/my/claims/" + change.claimNumber();
		String status = notifier.text("claim.status." + change.to());
		Context context = notifier.context(owner, path);
		context.setVariable("number", change.claimNumber());
		context.setVariable("status", status);
		context.setVariable("to", change.to().name());
		context.setVariable("note", change.note());
		String subject = change.from() == null ? notifier.text("notice.claim.submitted", change.claimNumber())
				: notifier.text("notice.claim.changed", change.claimNumber(), status);
		String title = change.to() == ClaimStatus.INFO_REQUESTED
				? notifier.text("notice.claim.question", change.claimNumber()) : subject;
		notifier.tell(owner, new OwnerNotifier.Message(MailKind.CLAIM_UPDATE, title, path, subject,
				"mail/claim-status", context));
	}
}
