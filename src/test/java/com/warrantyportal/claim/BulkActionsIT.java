package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Ticking claims in the queue and acting on them at once: version-checked, guarded by each claim, audited. */
@AutoConfigureMockMvc
class BulkActionsIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClaimService claims;

	@Autowired
	Fixtures fixtures;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	private Claim filed(Account owner, Registration tv) {
		return claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1), "panel",
				Cause.DEFECT, "Dark stripes on the panel.");
	}

	private long version(Claim claim) {
		return jdbc.queryForObject("SELECT version FROM claim WHERE id = :id", Map.of("id", claim.getId()), Long.class);
	}

	private int audited(String action, Claim claim, Account agent) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM audit_entry WHERE action = :action AND target_id = :number AND actor = :actor""",
				Map.of("action", action, "number", claim.getNumber(), "actor", agent.getEmail()), Integer.class);
	}

	@Test
	void tickedClaimsAreAssignedAndAStaleOrRefusedOneIsSkippedWithItsReason() throws Exception {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(2));
		Claim first = filed(owner, tv);
		Claim second = filed(owner, tv);
		Claim stale = filed(owner, tv);
		Claim withdrawn = filed(owner, tv);
		long staleVersion = version(stale);
		claims.moveTo(stale.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(withdrawn.getId(), ClaimStatus.WITHDRAWN, ClaimService.Actor.SYSTEM, null);
		Account agent = fixtures.staff(Role.AGENT);

		mvc.perform(post("/staff/claims/bulk").with(csrf()).with(user(Fixtures.user(agent)))
			.param("action", "ASSIGN_TO_ME")
			.param("back", "status=OPEN&due=")
			.param("selected", first.getNumber() + "@" + version(first), second.getNumber() + "@" + version(second),
					stale.getNumber() + "@" + staleVersion, withdrawn.getNumber() + "@" + version(withdrawn)))
			.andExpect(redirectedUrl("/staff/claims?status=OPEN&due="))
			.andExpect(flash().attribute("messageArgs", new Object[] { 2 }))
			.andExpect(flash().attribute("bulkSkipped",
					List.of(stale.getNumber() + ": changed by someone else since you loaded the queue",
							withdrawn.getNumber() + ": its status does not allow it")));

		for (Claim done : List.of(first, second)) {
			assertThat(jdbc.queryForObject("SELECT assignee_id FROM claim WHERE id = :id",
					Map.of("id", done.getId()), Long.class)).isEqualTo(agent.getId());
			assertThat(audited("ASSIGNED_TO_SELF", done, agent)).isEqualTo(1);
		}
		for (Claim skipped : List.of(stale, withdrawn)) {
			assertThat(jdbc.queryForObject("SELECT assignee_id FROM claim WHERE id = :id",
					Map.of("id", skipped.getId()), Long.class)).isNull();
			assertThat(audited("ASSIGNED_TO_SELF", skipped, agent)).isZero();
		}
	}

	@Test
	void tickedClaimsGoBackToTheQueueOnlyWhenTheActorMayUnassignThem() throws Exception {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(2));
		Account agent = fixtures.staff(Role.AGENT);
		Account colleague = fixtures.staff(Role.AGENT);
		Claim mine = filed(owner, tv);
		Claim theirs = filed(owner, tv);
		Claim nobodys = filed(owner, tv);
		mvc.perform(post("/staff/claims/bulk").with(csrf()).with(user(Fixtures.user(agent)))
			.param("action", "ASSIGN_TO_ME").param("selected", mine.getNumber() + "@" + version(mine)));
		mvc.perform(post("/staff/claims/bulk").with(csrf()).with(user(Fixtures.user(colleague)))
			.param("action", "ASSIGN_TO_ME").param("selected", theirs.getNumber() + "@" + version(theirs)));

		mvc.perform(post("/staff/claims/bulk").with(csrf()).with(user(Fixtures.user(agent)))
			.param("action", "UNASSIGN")
			.param("selected", mine.getNumber() + "@" + version(mine), theirs.getNumber() + "@" + version(theirs),
					nobodys.getNumber() + "@" + version(nobodys)))
			.andExpect(flash().attribute("messageArgs", new Object[] { 1 }))
			.andExpect(flash().attribute("bulkSkipped", List.of(theirs.getNumber() + ": its status does not allow it",
					nobodys.getNumber() + ": its status does not allow it")));
		assertThat(jdbc.queryForObject("SELECT assignee_id FROM claim WHERE id = :id", Map.of("id", mine.getId()),
				Long.class)).isNull();
		assertThat(jdbc.queryForObject("SELECT assignee_id FROM claim WHERE id = :id", Map.of("id", theirs.getId()),
				Long.class)).isEqualTo(colleague.getId());
		assertThat(audited("UNASSIGNED", mine, agent)).isEqualTo(1);
		assertThat(audited("UNASSIGNED", theirs, agent)).isZero();
	}

	@Test
	void onlyDecidedClaimsClose() throws Exception {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(2));
		Claim decided = filed(owner, tv);
		Claim open = filed(owner, tv);
		claims.moveTo(decided.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claims.moveTo(decided.getId(), ClaimStatus.REJECTED, ClaimService.Actor.SYSTEM, "Outside the warranty.");
		Account agent = fixtures.staff(Role.AGENT);

		mvc.perform(post("/staff/claims/bulk").with(csrf()).with(user(Fixtures.user(agent)))
			.param("action", "CLOSE")
			.param("selected", decided.getNumber() + "@" + version(decided), open.getNumber() + "@" + version(open)))
			.andExpect(redirectedUrl("/staff/claims"))
			.andExpect(flash().attribute("messageArgs", new Object[] { 1 }));
		assertThat(jdbc.queryForObject("SELECT status FROM claim WHERE id = :id", Map.of("id", decided.getId()),
				String.class)).isEqualTo("CLOSED");
		assertThat(jdbc.queryForObject("SELECT status FROM claim WHERE id = :id", Map.of("id", open.getId()),
				String.class)).isEqualTo("SUBMITTED");
		assertThat(audited("CLOSED", decided, agent)).isEqualTo(1);
	}

	@Test
	void nothingTickedOrAForeignAddressIsRefusedWithAMessage() throws Exception {
		Account agent = fixtures.staff(Role.AGENT);
		mvc.perform(post("/staff/claims/bulk").with(csrf()).with(user(Fixtures.user(agent)))
			.param("action", "ASSIGN_TO_ME")
			.param("back", "//evil.example/"))
			.andExpect(redirectedUrl("/staff/claims"))
			.andExpect(flash().attribute("bulkProblems", List.of("Tick the claims to act on first.")));
		mvc.perform(get("/staff/claims").with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Apply to ticked claims")));
		mvc.perform(post("/staff/claims/bulk").with(csrf()).with(user(Fixtures.user(fixtures.owner())))
			.param("action", "ASSIGN_TO_ME").param("selected", "WC-2026-000001@0"))
			.andExpect(status().isForbidden());
	}
}
