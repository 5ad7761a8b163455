package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.warrantyportal.account.Account;
import com.warrantyportal.claim.ClaimService.Actor;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.notification.OutboxMail;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Filing and following claims through the real pages, database and SMTP (GreenMail). */
@AutoConfigureMockMvc
class OwnerClaimsIT extends MySqlIntegrationTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claimService;

	@Autowired
	OwnerClaims ownerClaims;

	@Autowired
	MailOutbox outbox;

	@Autowired
	com.warrantyportal.registration.RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	Catalogue catalogue;

	Account owner;

	Registration tv;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
		tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
	}

	private MockMultipartHttpServletRequestBuilder claimForm(String url, String token, String description) {
		return claimForm(url, token, description, "panel", "STOPPED_BY_ITSELF");
	}

	private MockMultipartHttpServletRequestBuilder claimForm(String url, String token, String description,
			String component, String cause) {
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		request.param("product", String.valueOf(tv.getId()))
			.param("token", token)
			.param("failureDate", LocalDate.now().minusDays(2).toString())
			.param("component", component)
			.param("cause", cause)
			.param("description", description);
		request.with(csrf()).with(user(Fixtures.user(owner)));
		return request;
	}

	private void sendAllDueMail() {
		while (outbox.sendDue() > 0) {
			// keep sending until nothing is due
		}
	}

	@Test
	void thePreviewSaysWhatStaffWillSeeAndWhatTheReceiptChangesAndKeepsEverythingTyped() throws Exception {
		// The TV's serial carries no date and its receipt is not checked yet: staff will see an undated claim, so the
		// preview may not promise cover — it says what checking the receipt will change.
		mvc.perform(claimForm("/my/claims/preview", "t-" + Fixtures.unique(), "A green line runs down the screen.")
			.file(new MockMultipartFile("photos", "line.png", "image/png", Fixtures.PNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Our staff will need to look at this claim closely")))
			.andExpect(content().string(
					containsString("Once we have checked your receipt: this looks covered for parts and labour until")))
			.andExpect(content().string(containsString("A green line runs down the screen.")))
			.andExpect(content().string(containsString("We keep these with your claim")))
			.andExpect(content().string(containsString("line.png")))
			.andExpect(content().string(not(containsString("attach line.png again"))));
		assertThat(claimService.forOwner(owner.getId())).isEmpty();
	}

	@Test
	void withTheReceiptCheckedThePreviewSaysPlainlyUntilWhenItLooksCovered() throws Exception {
		registrations.verifyProof(tv.getId());
		mvc.perform(claimForm("/my/claims/preview", "t-" + Fixtures.unique(), "A green line runs down the screen."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This looks covered for parts and labour until")))
			.andExpect(content().string(not(containsString("Once we have checked your receipt"))));
	}

	@Test
	void aDamagedProductLooksOutsideTheWarrantyInThePreview() throws Exception {
		mvc.perform(claimForm("/my/claims/preview", "t-" + Fixtures.unique(), "I dropped it and the screen cracked.",
				"panel", "DROPPED_OR_DAMAGED"))
			.andExpect(content().string(
					containsString("Once we have checked your receipt: this looks outside the warranty")))
			.andExpect(content().string(containsString("accidental damage")));
	}

	@Test
	void aShortDescriptionIsRefusedBesideTheFieldWithEverythingKept() throws Exception {
		mvc.perform(claimForm("/my/claims", "t-" + Fixtures.unique(), "Broken.", "remote", "STOPPED_BY_ITSELF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20 to 5000 characters")))
			.andExpect(content().string(containsString(">Broken.</textarea>")))
			.andExpect(content().string(containsString("value=\"remote\" selected=\"selected\"")));
		assertThat(claimService.forOwner(owner.getId())).isEmpty();
	}

	@Test
	void submittingTheSameFormTwiceMakesOneClaimWithAHumanNumber() throws Exception {
		String token = "t-" + Fixtures.unique();
		String first = mvc.perform(claimForm("/my/claims", token, "A green line runs down the screen.")
			.file(new MockMultipartFile("photos", "line.png", "image/png", Fixtures.PNG)))
			.andExpect(status().isFound())
			// Nothing for the session to carry to the next page (a flash attribute is two writes of the session).
			.andExpect(flash().attributeCount(0))
			.andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(claimForm("/my/claims", token, "A green line runs down the screen."))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		List<Claim> claims = claimService.forOwner(owner.getId());
		assertThat(claims).hasSize(1);
		assertThat(claims.get(0).getNumber()).matches("WC-\\d{4}-\\d{6}");
		mvc.perform(get(first).with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString(claims.get(0).getNumber())))
			.andExpect(content().string(containsString("line.png")))
			.andExpect(content().string(containsString("Claim submitted")))
			.andExpect(content().string(containsString("Your claim is submitted.")));
		assertThat(first).endsWith("?submitted=1");
		mvc.perform(get(first.substring(0, first.indexOf('?'))).with(user(Fixtures.user(owner))))
			.andExpect(content().string(not(containsString("Your claim is submitted."))));
	}

	@Test
	void theOwnerIsMailedOnSubmissionAndOnEveryStatusChange() throws Exception {
		mvc.perform(claimForm("/my/claims", "t-" + Fixtures.unique(), "A green line runs down the screen."))
			.andExpect(status().isFound());
		Claim claim = claimService.forOwner(owner.getId()).get(0);
		claimService.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, new Actor(null, "Agent"), null);
		claimService.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, new Actor(null, "Agent"),
				"Please send a photo of the label.");
		sendAllDueMail();

		MimeMessage[] received = smtp.getReceivedMessagesForDomain(owner.getEmail());
		assertThat(received).extracting(MimeMessage::getSubject)
			.containsExactly("We received your warranty claim " + claim.getNumber(),
					"Your warranty claim " + claim.getNumber() + ": In review",
					"Your warranty claim " + claim.getNumber() + ": Information requested");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[2]))
			.contains("Please send a photo of the label.");
	}

	@Test
	void aMailServerFailureNeverLosesTheClaimAndTheMailIsRetried() throws Exception {
		smtp.stop();
		mvc.perform(claimForm("/my/claims", "t-" + Fixtures.unique(), "A green line runs down the screen."))
			.andExpect(status().isFound());
		sendAllDueMail();
		assertThat(claimService.forOwner(owner.getId())).hasSize(1);
		List<OutboxMail> mails = outbox.to(owner.getEmail());
		assertThat(mails).singleElement().satisfies(mail -> {
			assertThat(mail.getSentAt()).isNull();
			assertThat(mail.getAttempts()).isEqualTo(1);
			assertThat(mail.getLastError()).isNotBlank();
		});

		smtp.start();
		jdbc.update("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), mails.get(0).getId());
		sendAllDueMail();
		assertThat(smtp.getReceivedMessagesForDomain(owner.getEmail())).hasSize(1);
		assertThat(outbox.to(owner.getEmail()).get(0).getSentAt()).isNotNull();
	}

	@Test
	void theOwnerAnswersARequestForInformationWithTextAndAFile() throws Exception {
		Claim claim = claimService.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "panel", com.warrantyportal.eligibility.Cause.DEFECT,
				"A green line runs down the screen.");
		claimService.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, new Actor(null, "Agent"), null);
		claim = claimService.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, new Actor(null, "Agent"),
				"Which input shows the line?");
		mvc.perform(get("/my/claims/{n}", claim.getNumber()).with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString("Which input shows the line?")));

		MockMultipartHttpServletRequestBuilder answer = multipart("/my/claims/{n}/answer", claim.getNumber());
		answer.file(new MockMultipartFile("files", "hdmi.png", "image/png", Fixtures.PNG))
			.param("version", String.valueOf(claim.getVersion()))
			.param("answer", "Every input, HDMI 1 and 2 and the tuner.")
			.with(csrf())
			.with(user(Fixtures.user(owner)));
		mvc.perform(answer).andExpect(status().isFound());

		var page = ownerClaims.page(owner.getId(), claim.getNumber()).orElseThrow();
		assertThat(page.claim().getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
		assertThat(page.timeline()).extracting(ClaimEvent::getEventType).endsWith("INFO_PROVIDED");
		assertThat(page.files()).extracting(f -> f.getOriginalName()).containsExactly("hdmi.png");
	}

	@Test
	void theOwnerAddsPhotosToAnOpenClaimUnaskedButNotToAnEndedOne() throws Exception {
		Claim claim = claimService.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "panel", com.warrantyportal.eligibility.Cause.DEFECT,
				"A green line runs down the screen.");
		mvc.perform(get("/my/claims/{n}", claim.getNumber()).with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString("Add photos or documents")));

		// Nothing chosen: a message beside the field, the note kept.
		mvc.perform(multipart("/my/claims/{n}/files", claim.getNumber())
			.param("version", String.valueOf(claim.getVersion()))
			.param("note", "The line got wider today.")
			.with(csrf())
			.with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one photo or document to add.")))
			.andExpect(content().string(containsString("The line got wider today.")));

		mvc.perform(multipart("/my/claims/{n}/files", claim.getNumber())
			.file(new MockMultipartFile("files", "wider.png", "image/png", Fixtures.PNG))
			.param("version", String.valueOf(claim.getVersion()))
			.param("note", "The line got wider today.")
			.with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		var page = ownerClaims.page(owner.getId(), claim.getNumber()).orElseThrow();
		assertThat(page.claim().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
		assertThat(page.timeline()).extracting(ClaimEvent::getEventType).endsWith("FILES_ADDED");
		assertThat(page.timeline()).extracting(ClaimEvent::getNote).contains("The line got wider today.");
		assertThat(page.files()).extracting(f -> f.getOriginalName()).containsExactly("wider.png");

		Claim ended = ownerClaims.withdraw(owner.getId(), "Owner", claim.getNumber(), page.claim().getVersion());
		mvc.perform(multipart("/my/claims/{n}/files", claim.getNumber())
			.file(new MockMultipartFile("files", "late.png", "image/png", Fixtures.PNG))
			.param("version", String.valueOf(ended.getVersion()))
			.with(csrf())
			.with(user(Fixtures.user(owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nothing you sent was saved")));
		assertThat(ownerClaims.page(owner.getId(), claim.getNumber()).orElseThrow().files()).hasSize(1);
	}

	@Test
	void theOwnerWithdrawsBeforeADecisionButAStalePageChangesNothing() throws Exception {
		Claim claim = claimService.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner",
				LocalDate.now().minusDays(1), "remote", com.warrantyportal.eligibility.Cause.DEFECT,
				"The remote stopped working with new batteries.");
		long staleVersion = claim.getVersion();
		claimService.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, new Actor(null, "Agent"), null);
		mvc.perform(post("/my/claims/{n}/withdraw", claim.getNumber()).param("version", String.valueOf(staleVersion))
			.with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		assertThat(claimService.find(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);

		long current = claimService.find(claim.getId()).orElseThrow().getVersion();
		mvc.perform(post("/my/claims/{n}/withdraw", claim.getNumber()).param("version", String.valueOf(current))
			.with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		assertThat(claimService.find(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.WITHDRAWN);
	}
}
