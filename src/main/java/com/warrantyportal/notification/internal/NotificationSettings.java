package com.warrantyportal.notification.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.warrantyportal.notification.MailKind;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Owners' mail settings: read by the mails and the reminder job, changed on the settings page or by unsubscribing. */
@Service
@Transactional(readOnly = true)
public class NotificationSettings {

	private final NotificationSettingRepository settings;

	NotificationSettings(NotificationSettingRepository settings) {
		this.settings = settings;
	}

	/** The owner's settings, the defaults when they never chose. */
	public NotificationSetting of(long accountId) {
		return settings.findById(accountId).orElseGet(() -> new NotificationSetting(accountId));
	}

	/** The settings of many owners in one query, the defaults for those without a row. */
	Map<Long, NotificationSetting> of(Collection<Long> accountIds) {
		Map<Long, NotificationSetting> found = settings.findAllById(accountIds)
			.stream()
			.collect(Collectors.toMap(NotificationSetting::getAccountId, Function.identity()));
		return accountIds.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					id -> found.getOrDefault(id, new NotificationSetting(id))));
	}

	/**
	 * Saves the owner's choice if the page showed the version stored now (0 for defaults never saved); a stale page
	 * is refused with {@link ObjectOptimisticLockingFailureException}.
	 */
	@Transactional
	public void save(long accountId, long shownVersion, Collection<Integer> leads, boolean reminders, boolean claims,
			boolean transfers) {
		NotificationSetting setting = settings.findById(accountId).orElse(null);
		if (setting == null) {
			if (shownVersion != 0) {
				throw new ObjectOptimisticLockingFailureException(NotificationSetting.class, accountId);
			}
			setting = new NotificationSetting(accountId);
		}
		else if (setting.getVersion() != shownVersion) {
			throw new ObjectOptimisticLockingFailureException(NotificationSetting.class, accountId);
		}
		setting.choose(leads, reminders, claims, transfers);
		settings.save(setting);
	}

	/** One kind of mail off, from an unsubscribe link (whatever the page version). */
	@Transactional
	void switchOff(long accountId, MailKind kind) {
		NotificationSetting setting = settings.findById(accountId).orElseGet(() -> new NotificationSetting(accountId));
		setting.switchOff(kind);
		settings.save(setting);
	}
}
