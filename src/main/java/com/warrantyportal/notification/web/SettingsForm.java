package com.warrantyportal.notification.web;

import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotEmpty;

/** The owner's mail settings as the settings page binds them: lead times and each kind of mail on or off. */
public class SettingsForm {

	@NotEmpty(message = "{settings.leadDays.required}")
	private Set<Integer> leadDays = new TreeSet<>();

	private boolean reminderMails;

	private boolean claimMails;

	private boolean transferMails;

	private long version;

	public Set<Integer> getLeadDays() {
		return leadDays;
	}

	public void setLeadDays(Set<Integer> leadDays) {
		this.leadDays = leadDays == null ? new TreeSet<>() : leadDays;
	}

	public boolean isReminderMails() {
		return reminderMails;
	}

	public void setReminderMails(boolean reminderMails) {
		this.reminderMails = reminderMails;
	}

	public boolean isClaimMails() {
		return claimMails;
	}

	public void setClaimMails(boolean claimMails) {
		this.claimMails = claimMails;
	}

	public boolean isTransferMails() {
		return transferMails;
	}

	public void setTransferMails(boolean transferMails) {
		this.transferMails = transferMails;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
