package com.warrantyportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Administrators read what the portal sent to an address, newest first, and each mail as its recipient reads it. */
@AutoConfigureMockMvc
class AdminMailIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditTrail audit;

	@Test
	void anAdministratorFindsTheMailsToAnAddressAndReadsOne() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		String to = "reader-" + Fixtures.unique() + "@example.com";
		OutboxMail older = transaction.execute(status -> outbox.queue(to, "Your warranty claim WC-1: Approved",
				"Dear owner,\nyour claim is approved.", "<p>Dear owner, your claim is approved.</p>"));
		OutboxMail newer = transaction.execute(status -> outbox.queue(to, "Recall: Power supply",
				"Dear owner,\nplease stop using the TV.", "<p>Please stop using the TV.</p>"));
		transaction.execute(status -> outbox.queue("someone-else-" + Fixtures.unique() + "@example.com",
				"Not for this page", "x", "<p>x</p>"));

		String list = mvc.perform(get("/admin/mail").param("to", to).with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Not for this page"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list.indexOf("Recall: Power supply")).isPositive()
			.isLessThan(list.indexOf("Your warranty claim WC-1: Approved"));
		assertThat(list).contains("Waiting").contains("Sent mails are kept 180 days after sending.");

		mvc.perform(get("/admin/mail/{id}", newer.getId()).with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("please stop using the TV.")))
			.andExpect(content().string(containsString(to)));
		assertThat(audit.of(MailOutbox.AUDIT_TARGET, newer.getId()))
			.extracting(AuditEntry::getAction)
			.containsExactly("MAIL_READ");
		assertThat(older.getId()).isLessThan(newer.getId());
	}
}
