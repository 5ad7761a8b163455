package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff queue's filters and keyset pagination on the real database. */
class StaffQueueIT extends MySqlIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	StaffQueue queue;

	@Autowired
	StaffClaims staff;

	Catalogue catalogue;

	Account agent;

	List<String> filed = new ArrayList<>();

	@BeforeEach
	void sixtyClaimsOnOneModel() {
		catalogue = fixtures.catalogue();
		agent = fixtures.staff(Role.AGENT);
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
		for (int i = 0; i < 60; i++) {
			filed.add(claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1),
					"panel", Cause.DEFECT, "Claim number " + i + " of the queue test.").getNumber());
		}
	}

	private <T> T asAgent(Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(Fixtures.user(agent), null, Fixtures.user(agent).getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private StaffQueue.Filter model(boolean newestFirst) {
		return new StaffQueue.Filter(null, false, null, null, catalogue.tv().getId(), null, false, false, newestFirst);
	}

	@Test
	void pagesOfFiftyOldestFirstCoverEveryClaimOnce() {
		StaffQueue.Page first = asAgent(() -> queue.page(model(false), agent.getId(), null));
		assertThat(first.rows()).hasSize(50);
		assertThat(first.next()).isPresent();
		StaffQueue.Page second = asAgent(() -> queue.page(model(false), agent.getId(), first.next().get()));
		assertThat(second.rows()).hasSize(10);
		assertThat(second.next()).isEmpty();

		List<String> seen = new ArrayList<>();
		first.rows().forEach(row -> seen.add(row.number()));
		second.rows().forEach(row -> seen.add(row.number()));
		assertThat(new HashSet<>(seen)).hasSize(60);
		assertThat(seen).containsExactlyElementsOf(filed);
	}

	@Test
	void newestFirstIsTheReverseOrder() {
		StaffQueue.Page first = asAgent(() -> queue.page(model(true), agent.getId(), null));
		assertThat(first.rows().get(0).number()).isEqualTo(filed.get(59));
		StaffQueue.Page second = asAgent(() -> queue.page(model(true), agent.getId(), first.next().get()));
		assertThat(second.rows().get(9).number()).isEqualTo(filed.get(0));
	}

	@Test
	void filtersByAssigneeStatusAndVerdict() {
		String number = filed.get(5);
		long version = claims.findByNumber(number).orElseThrow().getVersion();
		asAgent(() -> staff.assignToMe(number, version, new StaffActor(agent.getId(), "Agent", false)));

		StaffQueue.Page mine = asAgent(() -> queue.page(new StaffQueue.Filter(null, false, null, null,
				catalogue.tv().getId(), null, true, false, false), agent.getId(), null));
		assertThat(mine.rows()).extracting(StaffQueue.Row::number).containsExactly(number);
		assertThat(mine.rows().get(0).assignee()).isEqualTo(agent.getDisplayName());

		StaffQueue.Page inReview = asAgent(() -> queue.page(new StaffQueue.Filter(ClaimStatus.IN_REVIEW, false, null,
				null, catalogue.tv().getId(), null, false, false, false), agent.getId(), null));
		assertThat(inReview.rows()).extracting(StaffQueue.Row::number).containsExactly(number);

		StaffQueue.Page unassigned = asAgent(() -> queue.page(new StaffQueue.Filter(null, false, null, null,
				catalogue.tv().getId(), null, false, true, false), agent.getId(), null));
		assertThat(unassigned.rows()).extracting(StaffQueue.Row::number).doesNotContain(number);

		// Nobody verified the TV receipts: every claim of this model needs review (no coverage start).
		StaffQueue.Page eligible = asAgent(() -> queue.page(new StaffQueue.Filter(null, false, VerdictStatus.ELIGIBLE,
				null, catalogue.tv().getId(), null, false, false, false), agent.getId(), null));
		assertThat(eligible.rows()).isEmpty();
		assertThat(asAgent(() -> queue.page(new StaffQueue.Filter(null, false, VerdictStatus.NEEDS_REVIEW, null,
				catalogue.tv().getId(), null, false, false, false), agent.getId(), null)).rows()).hasSize(50);
	}

	@Test
	void aCursorThatMakesNoSenseStartsFromTheTop() {
		StaffQueue.Page page = asAgent(() -> queue.page(model(false), agent.getId(), "not-a-cursor"));
		assertThat(Optional.of(page.rows().get(0).number())).contains(filed.get(0));
	}
}
