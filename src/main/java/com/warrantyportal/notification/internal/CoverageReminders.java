package com.warrantyportal.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.infrastructure.web.DisplayDates;
import com.warrantyportal.notification.MailKind;
import com.warrantyportal.registration.CoverageEnds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.context.Context;

/**
 * Reminds owners before each end of their coverage (docs/reminders.md): a reminder is due while today lies within
 * [end − lead days, end) for a lead time the owner chose, so days the job missed are caught up. Each one is sent
 * once: its row in coverage_reminder (registration, line, end, lead days; unique) is inserted first, in the
 * transaction that records the notice and queues the mail, so a re-run or a second instance finds it and sends
 * nothing. Products are read a page of units at a time, never all at once.
 */
@Service
public class CoverageReminders {

	private static final Logger log = LoggerFactory.getLogger(CoverageReminders.class);

	/** Units read per page. */
	static final int PAGE = 500;

	private final CoverageEnds coverageEnds;

	private final AccountService accounts;

	private final NotificationSettings settings;

	private final OwnerNotifier notifier;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final DisplayDates dates;

	private final Clock clock;

	CoverageReminders(CoverageEnds coverageEnds, AccountService accounts, NotificationSettings settings,
			OwnerNotifier notifier, JdbcTemplate jdbc, PlatformTransactionManager transactions, DisplayDates dates,
			Clock clock) {
		this.coverageEnds = coverageEnds;
		this.accounts = accounts;
		this.settings = settings;
		this.notifier = notifier;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.dates = dates;
		this.clock = clock;
	}

	/** Sends every reminder due today (the clock's date); returns how many owners were reminded. */
	public int sendDue() {
		LocalDate today = LocalDate.now(clock);
		int longestLead = NotificationSetting.LEAD_CHOICES.last();
		int sent = 0;
		long after = 0;
		while (true) {
			CoverageEnds.Page page = coverageEnds.after(after, PAGE, today, longestLead);
			if (!page.products().isEmpty()) {
				Set<Long> ownerIds = page.products()
					.stream()
					.map(CoverageEnds.Product::ownerId)
					.collect(Collectors.toSet());
				Map<Long, Account> owners = accounts.findAll(ownerIds);
				Map<Long, NotificationSetting> settingsOf = settings.of(ownerIds);
				for (CoverageEnds.Product product : page.products()) {
					Account owner = owners.get(product.ownerId());
					for (CoverageEnds.End end : product.ends()) {
						if (owner != null && remind(owner, settingsOf.get(owner.getId()), product, end, today)) {
							sent++;
						}
					}
				}
			}
			if (page.next() == null) {
				break;
			}
			after = page.next();
		}
		if (sent > 0) {
			log.info("Sent {} coverage reminders for {}", sent, today);
		}
		return sent;
	}

	/** Reminds of one end if one of the owner's lead times is due and was not sent yet; whether it reminded. */
	private boolean remind(Account owner, NotificationSetting setting, CoverageEnds.Product product,
			CoverageEnds.End end, LocalDate today) {
		long daysLeft = ChronoUnit.DAYS.between(today, end.endsOn());
		List<Integer> due = setting.getLeadDays().stream().filter(lead -> lead >= daysLeft).toList();
		if (due.isEmpty()) {
			return false;
		}
		Boolean reminded = transaction.execute(status -> {
			// Every lead time due now is recorded, so a longer one missed earlier is not sent after a shorter one.
			int fresh = 0;
			for (int lead : due) {
				fresh += insertOnce(product.registrationId(), end, lead) ? 1 : 0;
			}
			if (fresh == 0) {
				return false;
			}
			notifier.tell(new OwnerNotifier.Owner(owner.getId(), owner.getEmail(), owner.getDisplayName()),
					message(owner, product, end, daysLeft), setting);
			return true;
		});
		return Boolean.TRUE.equals(reminded);
	}

	private boolean insertOnce(long registrationId, CoverageEnds.End end, int lead) {
		try {
			jdbc.update("INSERT INTO coverage_reminder (registration_id, line, ends_on, lead_days, sent_at) "
					+ "VALUES (?, ?, ?, ?, ?)", registrationId, end.line(), end.endsOn(), lead,
					java.sql.Timestamp.from(clock.instant()));
			return true;
		}
		catch (DuplicateKeyException alreadySent) {
			return false;
		}
	}

	private OwnerNotifier.Message message(Account owner, CoverageEnds.Product product, CoverageEnds.End end,
			long daysLeft) {
		String path = "/my/products/" + product.registrationId();
		String key = end.component() != null ? "notice.reminder.component." + end.what()
				: product.extended() ? "notice.reminder.plan." + end.what() : "notice.reminder." + end.what();
		String title = notifier.text(key, product.product(), product.serial(), dates.date(end.endsOn()),
				end.component());
		Context context = notifier.context(
				new OwnerNotifier.Owner(owner.getId(), owner.getEmail(), owner.getDisplayName()), path);
		context.setVariable("title", title);
		context.setVariable("daysLeft", daysLeft);
		context.setVariable("extended", product.extended());
		return new OwnerNotifier.Message(MailKind.COVERAGE_REMINDER, title, path, title, "mail/coverage-reminder",
				context);
	}
}
