package com.warrantyportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.claim.OwnerClaims;
import com.warrantyportal.claim.OwnerClaims.ClaimDraft;
import com.warrantyportal.notification.internal.NotificationSettings;
import com.warrantyportal.notification.internal.Notices;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** An owner's notices: recorded with each claim mail, counted in the header, read by opening the page, theirs alone. */
@AutoConfigureMockMvc
class NotificationsIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerClaims ownerClaims;

	@Autowired
	ClaimService claims;

	@Autowired
	Notices notices;

	@Autowired
	NotificationSettings settings;

	@Autowired
	MailOutbox outbox;

	private Claim claimInReview(Account owner) {
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(2));
		Claim claim = ownerClaims.file(owner.getId(), owner.getDisplayName(), new ClaimDraft(tv.getId(),
				LocalDate.now().minusDays(1), "panel", OwnerCause.STOPPED_BY_ITSELF, "The picture goes dark.",
				List.of(), null));
		return claims.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
	}

	@Test
	void aStaffQuestionIsAnUnreadNoticeCountedInTheHeaderUntilTheOwnerOpensTheirNotifications() throws Exception {
		Account owner = fixtures.owner();
		Account other = fixtures.owner();
		Claim claim = claimInReview(owner);
		// The owner has read what came so far (filed, in review).
		mvc.perform(get("/my/notifications").with(user(Fixtures.user(owner)))).andExpect(status().isOk());
		assertThat(notices.unread(owner.getId())).isZero();

		claims.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, ClaimService.Actor.SYSTEM, "Is it plugged in?");

		assertThat(notices.unread(owner.getId())).isEqualTo(1);
		mvc.perform(get("/my").with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-label=\"Notifications, 1 unread\"")));
		mvc.perform(get("/my/notifications").with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Our staff asked you a question about your claim <span class=\"nowrap\">" + claim.getNumber() + "</span>")))
			.andExpect(content().string(containsString("href=\"/my/claims/" + claim.getNumber() + "\"")))
			.andExpect(content().string(containsString(">New<")));
		assertThat(notices.unread(owner.getId())).isZero();
		mvc.perform(get("/my").with(user(Fixtures.user(owner))))
			.andExpect(content().string(not(containsString("unread\""))));

		// Another owner sees none of it.
		mvc.perform(get("/my/notifications").with(user(Fixtures.user(other))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(claim.getNumber()))));
		assertThat(notices.unread(other.getId())).isZero();
	}

	@Test
	void withClaimMailsSwitchedOffTheOwnerIsToldOnlyInThePortal() throws Exception {
		Account owner = fixtures.owner();
		mvc.perform(post("/my/settings").with(csrf())
			.with(user(Fixtures.user(owner)))
			.param("version", "0")
			.param("leadDays", "7", "60")
			.param("reminderMails", "true")
			.param("transferMails", "true"))
			.andExpect(redirectedUrl("/my/settings"))
			.andExpect(flash().attribute("message", "settings.saved"));
		assertThat(settings.of(owner.getId()).getLeadDays()).containsExactly(7, 60);

		Claim claim = claimInReview(owner);
		assertThat(outbox.to(owner.getEmail())).isEmpty();
		assertThat(notices.unread(owner.getId())).isEqualTo(2);
		assertThat(claim.getNumber()).isNotBlank();
	}

	@Test
	void theSettingsFormShowsEveryProblemAndRefusesAStalePage() throws Exception {
		Account owner = fixtures.owner();
		mvc.perform(post("/my/settings").with(csrf()).with(user(Fixtures.user(owner))).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("settingsForm", "leadDays", "NotEmpty"))
			.andExpect(content().string(containsString("Tick at least one")));
		mvc.perform(post("/my/settings").with(csrf())
			.with(user(Fixtures.user(owner)))
			.param("version", "0")
			.param("leadDays", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose among the times listed.")));
		mvc.perform(post("/my/settings").with(csrf())
			.with(user(Fixtures.user(owner)))
			.param("version", "3")
			.param("leadDays", "30"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("problem", "settings.conflict"));
		mvc.perform(post("/my/settings").with(csrf())
			.with(user(Fixtures.user(owner)))
			.param("version", "0")
			.param("leadDays", "thirty"))
			.andExpect(status().isOk());
	}
}
