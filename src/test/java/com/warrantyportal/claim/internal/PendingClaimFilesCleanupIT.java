package com.warrantyportal.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimAttachment;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.claim.OwnerClaims;
import com.warrantyportal.claim.OwnerClaims.ClaimDraft;
import com.warrantyportal.claim.PendingClaimFiles;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;

/** Files kept with claim forms nobody filed are removed, rows and content, once older than the configured age. */
class PendingClaimFilesCleanupIT extends MySqlIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	PendingClaimFiles pendingFiles;

	@Autowired
	OwnerClaims ownerClaims;

	@Autowired
	ClaimService claimService;

	@Autowired
	FileStorage storage;

	@Autowired
	Clock clock;

	@Value("${warranty.claims.pending-files.keep-for}")
	Duration keepFor;

	/** The clean-up job as it would run this long from now. */
	private PendingClaimFilesCleanup runningIn(Duration later) {
		return new PendingClaimFilesCleanup(pendingFiles, Clock.offset(clock, later), keepFor);
	}

	private static List<MockMultipartFile> photo(String name) {
		return List.of(new MockMultipartFile("photos", name, "image/png", Fixtures.PNG));
	}

	@Test
	void filesOfFormsNobodyFiledGoOnceOlderThanTheAgeWithTheirContentAndFiledOnesStay() {
		assertThat(keepFor).isEqualTo(Duration.ofHours(24));
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, fixtures.catalogue(), LocalDate.now().minusMonths(2));
		String abandoned = UUID.randomUUID().toString();
		String filed = UUID.randomUUID().toString();
		long leftBehind = pendingFiles.keep(owner.getId(), abandoned, List.of(), photo("left.png")).added().get(0);
		List<Long> kept = pendingFiles.keep(owner.getId(), filed, List.of(), photo("sent.png")).added();
		Claim claim = ownerClaims.file(owner.getId(), "Owner", new ClaimDraft(tv.getId(), LocalDate.now().minusDays(1),
				"panel", OwnerCause.STOPPED_BY_ITSELF, "A green line runs down the screen.", List.of(), filed, kept));
		StoredFile left = storage.find(leftBehind).orElseThrow();
		StoredFile sent = storage.find(kept.get(0)).orElseThrow();

		runningIn(keepFor.minusHours(1)).removeUnused();
		assertThat(pendingFiles.list(owner.getId(), abandoned)).extracting(StoredFile::getId)
			.containsExactly(leftBehind);
		assertThat(storage.hasContent(left)).isTrue();

		assertThat(runningIn(keepFor.plusHours(1)).removeUnused()).isPositive();
		assertThat(pendingFiles.list(owner.getId(), abandoned)).isEmpty();
		assertThat(storage.find(leftBehind)).isEmpty();
		assertThat(storage.hasContent(left)).isFalse();

		assertThat(claimService.attachments(claim.getId())).extracting(ClaimAttachment::getFileId)
			.containsExactly(sent.getId());
		assertThat(storage.find(sent.getId())).isPresent();
		assertThat(storage.hasContent(sent)).isTrue();
	}
}
