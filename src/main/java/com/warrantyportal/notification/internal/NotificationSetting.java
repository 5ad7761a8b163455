package com.warrantyportal.notification.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.warrantyportal.notification.MailKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What one owner wants by e-mail: the days before a coverage end to be reminded, and each kind of mail on or off. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting {

	/** The lead times an owner may choose, in days before a coverage end. */
	public static final SortedSet<Integer> LEAD_CHOICES = new TreeSet<>(java.util.List.of(7, 14, 30, 60, 90));

	/** Without a choice of their own: one reminder 30 days before each end. */
	public static final int DEFAULT_LEAD = 30;

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "lead_days", nullable = false)
	private String leadDays;

	@Column(name = "reminder_mails", nullable = false)
	private boolean reminderMails = true;

	@Column(name = "claim_mails", nullable = false)
	private boolean claimMails = true;

	@Column(name = "transfer_mails", nullable = false)
	private boolean transferMails = true;

	/** Null until first saved, so a new row is inserted (not merged). */
	@Version
	private Long version;

	protected NotificationSetting() {
	}

	/** The defaults, for an owner without a row. */
	NotificationSetting(long accountId) {
		this.accountId = accountId;
		this.leadDays = String.valueOf(DEFAULT_LEAD);
	}

	/** Chooses the lead times (at least one, each one of {@link #LEAD_CHOICES}). */
	void choose(Collection<Integer> leads, boolean reminders, boolean claims, boolean transfers) {
		if (leads.isEmpty() || !LEAD_CHOICES.containsAll(leads)) {
			throw new IllegalArgumentException("Lead times must be among " + LEAD_CHOICES);
		}
		this.leadDays = new TreeSet<>(leads).stream().map(String::valueOf).collect(Collectors.joining(","));
		this.reminderMails = reminders;
		this.claimMails = claims;
		this.transferMails = transfers;
	}

	/** Switches one kind of mail off (an unsubscribe link); recall notices cannot be switched off. */
	void switchOff(MailKind kind) {
		switch (kind) {
			case COVERAGE_REMINDER -> reminderMails = false;
			case CLAIM_UPDATE -> claimMails = false;
			case TRANSFER -> transferMails = false;
			case RECALL -> throw new IllegalArgumentException("Recall notices are always mailed");
		}
	}

	public boolean wantsMail(MailKind kind) {
		return switch (kind) {
			case COVERAGE_REMINDER -> reminderMails;
			case CLAIM_UPDATE -> claimMails;
			case TRANSFER -> transferMails;
			case RECALL -> true;
		};
	}

	public SortedSet<Integer> getLeadDays() {
		return Arrays.stream(leadDays.split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	public Long getAccountId() {
		return accountId;
	}

	public boolean isReminderMails() {
		return reminderMails;
	}

	public boolean isClaimMails() {
		return claimMails;
	}

	public boolean isTransferMails() {
		return transferMails;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}
