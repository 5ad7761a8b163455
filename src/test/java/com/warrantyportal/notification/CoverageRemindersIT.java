package com.warrantyportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.warrantyportal.account.Account;
import com.warrantyportal.notification.internal.CoverageReminders;
import com.warrantyportal.notification.internal.NotificationSettings;
import com.warrantyportal.notification.internal.Notices;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MutableClock;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.OtherTestsMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Coverage reminders with a clock the test moves from day to day: each sent once, at the owner's lead times, as
 * notices always and as mails (through SMTP, with one-click unsubscribe headers) unless switched off; none for stolen
 * units or coverage already ended. Test TVs have the default terms (12 months of parts and labour) and a receipt, so
 * their coverage ends the day before the first anniversary of the purchase.
 */
@AutoConfigureMockMvc
// Its clock is moved days and years ahead: closed after the class, so that its scheduled jobs (retention, event
// publication retries) do not run on the shared database at a time that is not now while later tests run.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(CoverageRemindersIT.Days.class)
class CoverageRemindersIT extends MySqlIntegrationTest {

	@TestConfiguration
	static class Days {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(ZoneId.of("Europe/London"));
		}
	}

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	/** The day the test TVs are bought: years ahead, so every other test's coverage has long ended by then. */
	private static final LocalDate BOUGHT = LocalDate.of(2033, 3, 1);

	private static final LocalDate ENDS = BOUGHT.plusMonths(12).minusDays(1);

	@Autowired
	MutableClock clock;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CoverageReminders reminders;

	@Autowired
	NotificationSettings settings;

	@Autowired
	Notices notices;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OwnerProducts products;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private Catalogue catalogue;

	@BeforeEach
	void aCatalogue() {
		clock.setDay(BOUGHT.plusDays(10));
		catalogue = fixtures.catalogue();
	}

	private Account ownerOfATv() {
		Account owner = fixtures.owner();
		fixtures.registeredTv(owner, catalogue, BOUGHT);
		return owner;
	}

	private void runOn(LocalDate day) {
		clock.setDay(day);
		reminders.sendDue();
	}

	private List<OutboxMail> mailsTo(Account owner) {
		return outbox.to(owner.getEmail());
	}

	/** The kinds and links of the owner's notices, read without marking them read (as the page would). */
	private List<String> noticesOf(Account owner) {
		return jdbc.queryForList("SELECT CONCAT(kind, ' ', link) FROM notice WHERE owner_id = ? ORDER BY id",
				String.class, owner.getId());
	}

	@Test
	void remindsOnceThirtyDaysBeforeTheEndWhateverTheRunsAndDays() throws Exception {
		OtherTestsMail.setAside(jdbc); // before the reminder is queued: only it is sent below
		Account owner = ownerOfATv();
		runOn(ENDS.minusDays(31));
		assertThat(mailsTo(owner)).isEmpty();

		runOn(ENDS.minusDays(30));
		runOn(ENDS.minusDays(30));
		runOn(ENDS.minusDays(29));
		runOn(ENDS.minusDays(1));

		assertThat(mailsTo(owner)).hasSize(1);
		assertThat(mailsTo(owner).get(0).getSubject()).startsWith("The warranty of your " + catalogue.tv().getModelNumber())
			.endsWith(String.valueOf(ENDS.getYear()));
		assertThat(noticesOf(owner)).singleElement().asString().startsWith("COVERAGE_REMINDER /my/products/");
		assertThat(notices.unread(owner.getId())).isEqualTo(1);

		outbox.sendDue();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(owner.getEmail());
		assertThat(received).hasSize(1);
		assertThat(received[0].getHeader("List-Unsubscribe")).singleElement()
			.asString()
			.matches("<http://localhost:8080/unsubscribe/[A-Za-z0-9_-]{43}>");
		assertThat(received[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
	}

	@Test
	void remindsAtEachLeadTimeTheOwnerChoseAndOnceWhenDaysWereMissed() {
		Account owner = ownerOfATv();
		settings.save(owner.getId(), 0, Set.of(7, 60), true, true, true);
		runOn(ENDS.minusDays(61));
		assertThat(mailsTo(owner)).isEmpty();
		runOn(ENDS.minusDays(60));
		runOn(ENDS.minusDays(30));
		assertThat(mailsTo(owner)).hasSize(1);
		runOn(ENDS.minusDays(7));
		runOn(ENDS.minusDays(6));
		assertThat(mailsTo(owner)).hasSize(2);

		// The job did not run for weeks: both lead times are due at once, and one reminder says so.
		Account late = ownerOfATv();
		settings.save(late.getId(), 0, Set.of(7, 30), true, true, true);
		runOn(ENDS.minusDays(5));
		runOn(ENDS.minusDays(4));
		assertThat(mailsTo(late)).hasSize(1);
		assertThat(noticesOf(late)).hasSize(1);
	}

	@Test
	void withRemindersSwitchedOffTheNoticeIsRecordedAndNoMailSent() {
		Account owner = ownerOfATv();
		settings.save(owner.getId(), 0, Set.of(30), false, true, true);
		runOn(ENDS.minusDays(10));
		assertThat(mailsTo(owner)).isEmpty();
		assertThat(noticesOf(owner)).hasSize(1);
	}

	@Test
	void theOneClickUnsubscribeOfAReminderStopsTheNextReminderMails() throws Exception {
		Account owner = ownerOfATv();
		settings.save(owner.getId(), 0, Set.of(30, 60), true, true, true);
		runOn(ENDS.minusDays(60));
		String header = mailsTo(owner).get(0).getHeaders().get("List-Unsubscribe");
		String token = header.substring(header.lastIndexOf('/') + 1, header.length() - 1);

		// What a mail client posts (RFC 8058): no session, no CSRF token.
		mvc.perform(post("/unsubscribe/{token}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
		assertThat(settings.of(owner.getId()).wantsMail(MailKind.COVERAGE_REMINDER)).isFalse();
		assertThat(settings.of(owner.getId()).wantsMail(MailKind.CLAIM_UPDATE)).isTrue();

		runOn(ENDS.minusDays(30));
		assertThat(mailsTo(owner)).hasSize(1);
		assertThat(noticesOf(owner)).hasSize(2);

		mvc.perform(post("/unsubscribe/{token}", token + "x")).andExpect(status().isNotFound());
	}

	@Test
	void unitsReportedStolenRemovedOrOutOfCoverageGetNoReminders() {
		Account stolen = fixtures.owner();
		Registration stolenTv = fixtures.registeredTv(stolen, catalogue, BOUGHT);
		products.reportStolen(stolen.getId(), stolenTv.getId());
		Account removed = fixtures.owner();
		Registration removedTv = fixtures.registeredTv(removed, catalogue, BOUGHT);
		products.remove(removed.getId(), removedTv.getId());
		Account ended = ownerOfATv();

		runOn(ENDS.minusDays(20));
		runOn(ENDS.plusDays(1));
		assertThat(mailsTo(stolen)).isEmpty();
		assertThat(mailsTo(removed)).isEmpty();
		assertThat(noticesOf(stolen)).isEmpty();
		assertThat(noticesOf(removed)).isEmpty();
		// The owner whose coverage is current is reminded once; after the end nothing more comes.
		assertThat(mailsTo(ended)).hasSize(1);
		Account tooLate = ownerOfATv();
		runOn(ENDS.plusDays(2));
		assertThat(mailsTo(tooLate)).isEmpty();
	}
}
