package com.warrantyportal.notification;

/**
 * What a notice or mail to an owner is about. Each kind an owner may switch off by e-mail has its own setting and
 * unsubscribe link; recall notices are safety notices and are always mailed (docs/reminders.md).
 */
public enum MailKind {

	COVERAGE_REMINDER(true), CLAIM_UPDATE(true), TRANSFER(true), RECALL(false);

	private final boolean unsubscribable;

	MailKind(boolean unsubscribable) {
		this.unsubscribable = unsubscribable;
	}

	public boolean unsubscribable() {
		return unsubscribable;
	}
}
