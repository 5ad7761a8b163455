package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.OwnerClaims.ClaimDraft;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.AtOnce;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Owners filing at the same moment each get their claim, under numbers nobody else has. */
class ConcurrentFilingIT extends MySqlIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ConcurrentFilingIT.class);

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerClaims ownerClaims;

	@Autowired
	ClaimService claimService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eightOwnersFilingTwentyFiveClaimsEachAtOnceGetTwoHundredDistinctNumbers() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		List<Account> owners = new ArrayList<>();
		List<Registration> tvs = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Account owner = fixtures.owner();
			owners.add(owner);
			tvs.add(fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2)));
		}
		ExecutorService threads = Executors.newFixedThreadPool(8);
		long started = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				Account owner = owners.get(t);
				Registration tv = tvs.get(t);
				done.add(threads.submit(() -> {
					for (int n = 0; n < 25; n++) {
						ownerClaims.file(owner.getId(), "Owner", new ClaimDraft(tv.getId(),
								LocalDate.now().minusDays(1), "panel", OwnerCause.STOPPED_BY_ITSELF,
								"A green line runs down the screen.", List.of(), "t-" + Fixtures.unique()));
					}
					return null;
				}));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Filed 200 claims from 8 threads in {} ms: {} claims/s", millis, 200_000 / Math.max(millis, 1));

		List<String> numbers = new ArrayList<>();
		owners.forEach(owner -> claimService.forOwner(owner.getId()).forEach(claim -> numbers.add(claim.getNumber())));
		assertThat(numbers).hasSize(200).doesNotHaveDuplicates().allMatch(n -> n.matches("WC-\\d{4}-\\d{6}"));
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT claim_number) FROM claim WHERE claim_number IN ("
				+ String.join(",", numbers.stream().map(n -> "'" + n + "'").toList()) + ")", Integer.class))
			.isEqualTo(200);
	}

	@Test
	void theSameFormSentTwiceAtTheSameInstantMakesOneClaim() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		for (int round = 0; round < 6; round++) {
			Account owner = fixtures.owner();
			Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
			ClaimDraft draft = new ClaimDraft(tv.getId(), LocalDate.now().minusDays(1), "panel",
					OwnerCause.STOPPED_BY_ITSELF, "A green line runs down the screen.", List.of(),
					"t-" + Fixtures.unique());
			List<Claim> sent = AtOnce.run(2, () -> ownerClaims.file(owner.getId(), "Owner", draft));
			assertThat(sent.get(1).getNumber()).as("round %d", round).isEqualTo(sent.get(0).getNumber());
			assertThat(claimService.forOwner(owner.getId())).hasSize(1);
		}
	}
}
