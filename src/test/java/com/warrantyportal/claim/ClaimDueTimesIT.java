package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MutableClock;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each open claim's due time, in working days of the business time zone, as filing, review, a question to the owner,
 * the answer and a decision move it; the queue's "overdue" filter and badge follow it.
 */
@AutoConfigureMockMvc
// Its clock is moved days and years ahead: closed after the class, so that its scheduled jobs (retention, event
// publication retries) do not run on the shared database at a time that is not now while later tests run.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(ClaimDueTimesIT.Days.class)
class ClaimDueTimesIT extends MySqlIntegrationTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@TestConfiguration
	static class Days {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(LONDON);
		}
	}

	@Autowired
	MutableClock clock;

	@Autowired
	ClaimService claims;

	@Autowired
	Fixtures fixtures;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private static Instant at(String londonTime) {
		return LocalDateTime.parse(londonTime).atZone(LONDON).toInstant();
	}

	private void setTime(String londonTime) {
		LocalDate day = LocalDate.parse(londonTime.substring(0, 10));
		clock.setDay(day);
		// setDay is noon; the tests below use noon, so the time part only documents it.
		assertThat(clock.instant()).isEqualTo(at(londonTime));
	}

	private Instant dueOf(Claim claim) {
		LocalDateTime due = jdbc.queryForObject("SELECT due_at FROM claim WHERE id = :id", Map.of("id", claim.getId()),
				LocalDateTime.class);
		return due == null ? null : due.toInstant(ZoneOffset.UTC);
	}

	@Test
	void theDueTimeFollowsTheClaimInWorkingDaysAndStopsWhileStaffWaitForTheOwner() throws Exception {
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.of(2026, 6, 1));
		// Filed on Thursday 26 Nov 2026 at noon: a first response is due on Monday noon, a decision on 10 Dec.
		setTime("2026-11-26T12:00");
		Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.of(2026, 11, 25),
				"panel", Cause.DEFECT, "Lines across the screen.");
		assertThat(dueOf(claim)).isEqualTo(at("2026-11-30T12:00"));

		setTime("2026-11-27T12:00");
		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		assertThat(dueOf(claim)).isEqualTo(at("2026-12-10T12:00"));

		// Friday noon: staff ask the owner; the clock stops.
		claims.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, ClaimService.Actor.SYSTEM, "Which input?");
		assertThat(dueOf(claim)).isNull();
		// The answer comes on Monday noon: 24 working hours (Friday afternoon, Monday morning) move the decision on.
		setTime("2026-11-30T12:00");
		claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		assertThat(dueOf(claim)).isEqualTo(at("2026-12-11T12:00"));

		Account agent = fixtures.staff(Role.AGENT);
		String number = claim.getNumber();
		mvc.perform(get("/staff/claims").param("due", "overdue").param("status", "ALL")
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));

		// On Monday 14 Dec it is overdue: listed by the filter with its badge.
		setTime("2026-12-14T12:00");
		mvc.perform(get("/staff/claims").param("due", "overdue").with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("Overdue")));
		// Supervisors see it against its assignee on the staff home page.
		jdbc.update("UPDATE claim SET assignee_id = :agent WHERE id = :id",
				Map.of("agent", agent.getId(), "id", claim.getId()));
		mvc.perform(get("/staff").with(user(Fixtures.user(fixtures.staff(Role.SUPERVISOR)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Workload by assignee")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*" + java.util.regex.Pattern.quote(agent.getDisplayName())
							+ "</td>\\s*<td data-label=\"Open\" class=\"num\">1</td>\\s*<td data-label=\"Overdue\" class=\"num\"><span class=\"badge bad\">1</span>.*")));
		mvc.perform(get("/staff").with(user(Fixtures.user(agent))))
			.andExpect(content().string(not(containsString("Workload by assignee"))));

		claims.moveTo(claim.getId(), ClaimStatus.REJECTED, ClaimService.Actor.SYSTEM, "Not covered.");
		assertThat(dueOf(claim)).isNull();
		mvc.perform(get("/staff/claims").param("due", "overdue").param("status", "ALL")
			.with(user(Fixtures.user(agent))))
			.andExpect(content().string(not(containsString(number))));
	}

	@Test
	void administratorsSetTheWorkingDaysAndNewClaimsAreTimedByThem() throws Exception {
		Account admin = fixtures.staff(Role.ADMIN);
		var asAdmin = user(Fixtures.user(admin));
		mvc.perform(get("/admin/service-levels").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2\"")))
			.andExpect(content().string(containsString("value=\"10\"")));
		mvc.perform(post("/admin/service-levels").with(csrf()).with(asAdmin)
			.param("firstResponseDays", "0").param("decisionDays", "ten"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number of working days from 1 to 60.")))
			.andExpect(content().string(containsString("Enter a whole number of working days, like 10.")));
		try {
			mvc.perform(post("/admin/service-levels").with(csrf()).with(asAdmin)
				.param("firstResponseDays", "3").param("decisionDays", "12"))
				.andExpect(redirectedUrl("/admin/service-levels"));
			assertThat(jdbc.queryForObject("""
					SELECT COUNT(*) FROM audit_entry WHERE action = 'SERVICE_LEVELS_CHANGED' AND actor = :admin""",
					Map.of("admin", admin.getEmail()), Integer.class)).isEqualTo(1);

			Account owner = fixtures.owner();
			Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.of(2026, 6, 1));
			setTime("2026-11-26T12:00");
			Claim claim = claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.of(2026, 11, 25),
					"panel", Cause.DEFECT, "No sound.");
			// Thursday noon + 3 working days = Tuesday noon; the decision after 12 = Monday 14 Dec noon.
			assertThat(dueOf(claim)).isEqualTo(at("2026-12-01T12:00"));
			assertThat(jdbc.queryForObject("SELECT decision_due_at FROM claim WHERE id = :id",
					Map.of("id", claim.getId()), LocalDateTime.class).toInstant(ZoneOffset.UTC))
				.isEqualTo(at("2026-12-14T12:00"));
		}
		finally {
			mvc.perform(post("/admin/service-levels").with(csrf()).with(asAdmin)
				.param("firstResponseDays", "2").param("decisionDays", "10"));
		}
		mvc.perform(get("/admin/service-levels").with(user(Fixtures.user(fixtures.staff(Role.AGENT)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownDueChoiceIsExplainedBesideTheField() throws Exception {
		mvc.perform(get("/staff/claims").param("due", "yesterday")
			.with(user(Fixtures.user(fixtures.staff(Role.AGENT)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose any time or overdue")));
	}
}
