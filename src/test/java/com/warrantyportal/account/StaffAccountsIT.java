package com.warrantyportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.support.BrowserSession;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators create staff accounts and switch them off; a switched-off account cannot sign in. */
@AutoConfigureMockMvc
class StaffAccountsIT extends MySqlIntegrationTest {

	private static final String PASSWORD = "first day at the help desk";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditTrail audit;

	@Test
	void anAdministratorCreatesAnAgentWhoSignsInUntilSwitchedOff() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		String email = "agent-" + Fixtures.unique() + "@example.com";
		mvc.perform(post("/admin/accounts").param("email", email)
			.param("displayName", "New Agent")
			.param("role", "AGENT")
			.param("password", PASSWORD)
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(redirectedUrl("/admin/accounts"));
		Account agent = accounts.findByEmail(email).orElseThrow();
		assertThat(agent.getRole()).isEqualTo(Role.AGENT);
		assertThat(audit.of(StaffAccounts.AUDIT_TARGET, email)).extracting(AuditEntry::getAction)
			.containsExactly("ACCOUNT_CREATED");

		BrowserSession session = new BrowserSession();
		mvc.perform(post("/login").with(csrf()).with(session).param("email", email).param("password", PASSWORD))
			.andDo(session.keep())
			.andExpect(redirectedUrl("/home"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff").with(session))
			.andExpect(status().isOk());

		mvc.perform(post("/admin/accounts/{id}/enabled", agent.getId()).param("version", String.valueOf(agent.getVersion()))
			.param("enabled", "false")
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isFound());
		mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		// The session opened before the switch-off ends at once (it is gone from the session table).
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff").with(session))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAccountWithALongAddressIsCreatedAndAudited() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		String email = "a.very.long.name.for.a.support.agent-" + Fixtures.unique() + "@customer-care.example.com";
		assertThat(email).hasSizeGreaterThan(60);
		mvc.perform(post("/admin/accounts").param("email", email)
			.param("displayName", "Long Address")
			.param("role", "AGENT")
			.param("password", PASSWORD)
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(redirectedUrl("/admin/accounts"));
		assertThat(audit.of(StaffAccounts.AUDIT_TARGET, email)).extracting(AuditEntry::getAction)
			.containsExactly("ACCOUNT_CREATED");
	}

	@Test
	void aTakenAddressOrCommonPasswordIsRefusedBesideTheField() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		mvc.perform(post("/admin/accounts").param("email", admin.getEmail())
			.param("displayName", "Twin")
			.param("role", "SUPERVISOR")
			.param("password", "password1234")
			.with(csrf())
			.with(user(Fixtures.user(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account with this e-mail address already exists")))
			.andExpect(content().string(containsString("list of commonly used passwords")))
			.andExpect(content().string(containsString("value=\"Twin\"")));
	}

	@Test
	void anAdministratorCannotSwitchOffTheirOwnAccount() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		mvc.perform(post("/admin/accounts/{id}/enabled", admin.getId()).param("version", "0")
			.param("enabled", "false")
			.with(csrf())
			.with(user(Fixtures.user(admin)))).andExpect(status().isFound());
		assertThat(accounts.findById(admin.getId()).orElseThrow().isEnabled()).isTrue();
	}
}
