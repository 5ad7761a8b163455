package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.OwnerClaims.ClaimDraft;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.AtOnce;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Photos chosen before "Check my coverage first" (or before a submit that came back with a message) are kept with
 * the form's one-time token, listed on the page, filed with the claim, and nobody else's.
 */
@AutoConfigureMockMvc
class KeptClaimFilesIT extends MySqlIntegrationTest {

	/** The first bytes of a JPEG: what the portal recognises a JPEG by. */
	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1,
			1, 0, 0, 1 };

	private static final Pattern KEPT = Pattern.compile("name=\"keptFiles\" value=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claimService;

	@Autowired
	OwnerClaims ownerClaims;

	@Autowired
	PendingClaimFiles pendingFiles;

	@Autowired
	FileStorage storage;

	@Autowired
	HikariDataSource pool;

	Catalogue catalogue;

	Account owner;

	Registration tv;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
		tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
	}

	private MockMultipartHttpServletRequestBuilder claimForm(String url, Account caller, Registration product,
			String token, String description, List<Long> kept) {
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		request.param("product", String.valueOf(product.getId()))
			.param("token", token)
			.param("failureDate", LocalDate.now().minusDays(2).toString())
			.param("component", "panel")
			.param("cause", "STOPPED_BY_ITSELF")
			.param("description", description);
		kept.forEach(id -> request.param("keptFiles", String.valueOf(id)));
		request.with(csrf()).with(user(Fixtures.user(caller)));
		return request;
	}

	private MockMultipartHttpServletRequestBuilder ownersForm(String url, String token, List<Long> kept) {
		return claimForm(url, owner, tv, token, "A green line runs down the screen.", kept);
	}

	private static MockMultipartFile png(String name) {
		return new MockMultipartFile("photos", name, "image/png", Fixtures.PNG);
	}

	private static MockMultipartFile jpeg(String name) {
		return new MockMultipartFile("photos", name, "image/jpeg", JPEG);
	}

	/** The kept files a page lists, as the browser sends them back with the form. */
	private static List<Long> keptOn(String page) {
		List<Long> ids = new ArrayList<>();
		Matcher found = KEPT.matcher(page);
		while (found.find()) {
			ids.add(Long.valueOf(found.group(1)));
		}
		return ids;
	}

	/** Previews the owner's form with these photos and returns the page. */
	private String preview(String token, MockMultipartFile... photos) throws Exception {
		MockMultipartHttpServletRequestBuilder request = ownersForm("/my/claims/preview", token, List.of());
		for (MockMultipartFile photo : photos) {
			request.file(photo);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Claim claimAt(String redirect) {
		assertThat(redirect).endsWith("?submitted=1");
		String number = redirect.substring(redirect.lastIndexOf('/') + 1, redirect.indexOf('?'));
		return claimService.findByNumber(number).orElseThrow();
	}

	private List<String> attachedNames(Claim claim) {
		return storage.findAll(claimService.attachments(claim.getId()).stream().map(ClaimAttachment::getFileId).toList())
			.stream()
			.map(StoredFile::getName)
			.sorted()
			.toList();
	}

	private static String token() {
		return UUID.randomUUID().toString();
	}

	@Test
	void photosChosenBeforeThePreviewAreListedOnItAndFiledWithTheClaim() throws Exception {
		String token = token();
		String page = preview(token, png("fault.png"), jpeg("label.jpg"));
		assertThat(page).contains("We keep these with your claim and send them when you submit it")
			.contains("fault.png")
			.contains("label.jpg")
			.doesNotContain("browsers do not keep chosen files");
		List<Long> kept = keptOn(page);
		assertThat(kept).hasSize(2);
		kept.forEach(id -> assertThat(page).contains("src=\"/my/files/" + id + "/view\""));
		for (long id : kept) {
			mvc.perform(get("/my/files/{id}/view", id).with(user(Fixtures.user(owner))))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("inline")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}

		String claimPage = mvc.perform(ownersForm("/my/claims", token, kept))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Claim claim = claimAt(claimPage);
		assertThat(attachedNames(claim)).containsExactly("fault.png", "label.jpg");
		assertThat(claimService.attachments(claim.getId())).allSatisfy(attachment -> assertThat(
				attachment.getEventId()).isEqualTo(claimService.timeline(claim.getId()).get(0).getId()));
		assertThat(pendingFiles.list(owner.getId(), token)).isEmpty();
		mvc.perform(get(claimPage).with(user(Fixtures.user(owner))))
			.andExpect(content().string(containsString("fault.png")))
			.andExpect(content().string(containsString("src=\"/my/files/" + kept.get(0) + "/view\"")));
	}

	@Test
	void aFileRemovedOnThePreviewIsNotFiledAndIsGone() throws Exception {
		String token = token();
		List<Long> kept = keptOn(preview(token, png("fault.png"), jpeg("label.jpg")));
		StoredFile removed = storage.find(kept.get(0)).orElseThrow();

		String claimPage = mvc.perform(ownersForm("/my/claims", token, kept).param("removeFiles",
				String.valueOf(removed.getId())))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(attachedNames(claimAt(claimPage))).containsExactly("label.jpg");
		assertThat(storage.find(removed.getId())).isEmpty();
		assertThat(storage.hasContent(removed)).isFalse();
	}

	@Test
	void removingOnThePreviewTakesTheFileOffTheListAndAddingMoreKeepsTheRest() throws Exception {
		String token = token();
		List<Long> kept = keptOn(preview(token, png("fault.png"), jpeg("label.jpg")));
		String page = mvc.perform(ownersForm("/my/claims/preview", token, kept)
			.param("removeFiles", String.valueOf(kept.get(0)))
			.file(png("more.png")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("fault.png").contains("label.jpg").contains("more.png");
		assertThat(keptOn(page)).hasSize(2).doesNotContain(kept.get(0));
	}

	@Test
	void anotherOwnerCanNeitherSeeNorUseAnOwnersKeptFilesNorFileWithTheirToken() throws Exception {
		String token = token();
		List<Long> kept = keptOn(preview(token, png("fault.png")));
		long file = kept.get(0);
		Account other = fixtures.owner();
		Registration othersTv = fixtures.registeredTv(other, catalogue, LocalDate.now().minusMonths(1));

		mvc.perform(get("/my/files/{id}/view", file).with(user(Fixtures.user(other)))).andExpect(status().isNotFound());
		mvc.perform(get("/my/files/{id}", file).with(user(Fixtures.user(other)))).andExpect(status().isNotFound());
		for (String url : List.of("/my/claims/preview", "/my/claims")) {
			mvc.perform(claimForm(url, other, othersTv, token, "A green line runs down the screen.", kept)
				.param("removeFiles", String.valueOf(file)))
				.andExpect(status().isNotFound());
		}
		// With a token of their own, naming the file files a claim without it.
		String othersClaim = mvc.perform(
				claimForm("/my/claims", other, othersTv, token(), "A green line runs down the screen.", kept)
					.param("removeFiles", "0"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(attachedNames(claimAt(othersClaim))).isEmpty();
		assertThat(claimService.forOwner(other.getId())).hasSize(1);

		// The owner's file is still theirs, and still filed with their claim.
		assertThat(pendingFiles.list(owner.getId(), token)).extracting(StoredFile::getId).containsExactly(file);
		String claimPage = mvc.perform(ownersForm("/my/claims", token, kept))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(attachedNames(claimAt(claimPage))).containsExactly("fault.png");
	}

	@Test
	void aSubmitRefusedForAnotherFieldKeepsTheChosenFilesAndListsThem() throws Exception {
		String token = token();
		String page = mvc.perform(claimForm("/my/claims", owner, tv, token, "Broken.", List.of()).file(png("fault.png"))
			.file(jpeg("label.jpg")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20 to 5000 characters")))
			.andExpect(content().string(containsString(">Broken.</textarea>")))
			.andExpect(content().string(not(containsString("attach fault.png again"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("fault.png").contains("label.jpg");
		List<Long> kept = keptOn(page);
		assertThat(kept).hasSize(2);
		assertThat(claimService.forOwner(owner.getId())).isEmpty();

		String claimPage = mvc.perform(ownersForm("/my/claims", token, kept))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(attachedNames(claimAt(claimPage))).containsExactly("fault.png", "label.jpg");
	}

	@Test
	void aRefusedFileIsNamedBesideTheFieldWhileTheOthersAreKept() throws Exception {
		String token = token();
		String page = mvc.perform(ownersForm("/my/claims/preview", token, List.of()).file(png("fault.png"))
			.file(new MockMultipartFile("photos", "notes.png", "image/png", "just text".getBytes())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The file notes.png is not a PDF, JPEG, PNG or WebP file");
		assertThat(pendingFiles.list(owner.getId(), token)).extracting(StoredFile::getName)
			.containsExactly("fault.png");
	}

	@Test
	void theLimitOfFilesCountsTheKeptOnesAndTheNewOnes() throws Exception {
		String token = token();
		List<Long> kept = keptOn(preview(token, png("1.png"), png("2.png"), png("3.png"), png("4.png")));
		assertThat(kept).hasSize(4);
		mvc.perform(ownersForm("/my/claims", token, kept).file(png("5.png")).file(png("6.png")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can send at most 5 photos or documents")));
		assertThat(pendingFiles.list(owner.getId(), token)).hasSize(4);
		assertThat(claimService.forOwner(owner.getId())).isEmpty();

		String claimPage = mvc.perform(ownersForm("/my/claims", token, kept).file(png("5.png")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(attachedNames(claimAt(claimPage))).hasSize(5);
	}

	@Test
	void theSameFormSubmittedTwiceFilesOneClaimWithItsFilesOnce() throws Exception {
		String token = token();
		List<Long> kept = keptOn(preview(token, png("fault.png"), jpeg("label.jpg")));
		String first = mvc.perform(ownersForm("/my/claims", token, kept).file(png("more.png")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = mvc.perform(ownersForm("/my/claims", token, kept).file(png("more.png")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		assertThat(claimService.forOwner(owner.getId())).hasSize(1);
		assertThat(attachedNames(claimAt(first))).containsExactly("fault.png", "label.jpg", "more.png");
	}

	@Test
	void theSameFormFiledTwiceAtTheSameInstantAttachesItsKeptFilesOnce() throws Exception {
		for (int round = 0; round < 4; round++) {
			String token = token();
			List<Long> kept = pendingFiles
				.keep(owner.getId(), token, List.of(), List.of(png("fault.png"), jpeg("label.jpg")))
				.added();
			ClaimDraft draft = new ClaimDraft(tv.getId(), LocalDate.now().minusDays(1), "panel",
					OwnerCause.STOPPED_BY_ITSELF, "A green line runs down the screen.", List.of(), token, kept);
			List<Claim> sent = AtOnce.run(2, () -> ownerClaims.file(owner.getId(), "Owner", draft));
			assertThat(sent.get(1).getNumber()).as("round %d", round).isEqualTo(sent.get(0).getNumber());
			assertThat(claimService.attachments(sent.get(0).getId())).extracting(ClaimAttachment::getFileId)
				.as("round %d", round)
				.containsExactlyElementsOf(kept);
		}
		assertThat(claimService.forOwner(owner.getId())).hasSize(4);
	}

	@Test
	void moreFormsWithPhotosAtOnceThanTheDatabaseHasConnectionsAllKeepTheirPhotos() throws Exception {
		// Three times the pool: each keeping must hold one connection at a time, never one while waiting for another.
		int forms = 3 * pool.getMaximumPoolSize();
		List<PendingClaimFiles.Kept> kept = AtOnce.run(forms,
				() -> pendingFiles.keep(owner.getId(), token(), List.of(), List.of(jpeg("label.jpg"))));
		assertThat(kept).allSatisfy(each -> {
			assertThat(each.problems()).isEmpty();
			assertThat(each.added()).hasSize(1);
		});
	}

}
