package com.warrantyportal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.warrantyportal.account.Account;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.RecallOpened;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new recall's owners are told after it opens, in batches that each record the last owner told: a run that stopped
 * part-way goes on from there and tells nobody twice, two runs at once take turns, and a run after the last batch
 * tells nobody.
 */
class RecallMailsIT extends MySqlIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitService units;

	@Autowired
	RegistrationService registrations;

	@Autowired
	Recalls recalls;

	@Autowired
	RecallMails recallMails;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	private Account ownerOfAFridge(Catalogue catalogue, int n) {
		Account owner = fixtures.owner();
		Unit unit = units.create(catalogue.registryMaker().getId(), catalogue.fridge().getId(),
				SerialNumber.of(catalogue.registeredFridgeSerial(n)), SerialStatus.OK, LocalDate.of(2024, 3, 1));
		registrations.register(unit.getId(), owner.getId(), LocalDate.now().minusMonths(6), "Test shop",
				new BigDecimal("899.00"), true, LocalDate.now().minusMonths(6), null, true);
		return owner;
	}

	@Test
	void ownersAreToldInBatchesThatGoOnFromTheLastOwnerToldAndNeverTwice() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		List<Account> owners = List.of(ownerOfAFridge(catalogue, 21), ownerOfAFridge(catalogue, 22),
				ownerOfAFridge(catalogue, 23));
		String title = "Door seal " + Fixtures.unique();
		RecallCampaign campaign = recalls.openAsSystem(new Recalls.NewCampaign(catalogue.registryMaker().getId(),
				title, "door", "A new seal, fitted free.", Set.of(catalogue.fridge().getId()), null, null, null, null),
				"test");
		assertThat(campaign.getOwnersNotified()).isEqualTo(3);
		await().untilAsserted(() -> owners
			.forEach(owner -> assertThat(outbox.to(owner.getEmail())).as(owner.getEmail()).hasSize(1)));
		// The listener's run is over once its publication is completed (completed ones are deleted).
		await().until(() -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%RecallMails%'", Integer.class) == 0);
		RecallOpened opened = new RecallOpened(campaign.getId(), title, "door", "A new seal, fitted free.");

		// Everybody was told: another run tells nobody.
		assertThat(recallMails.tellOwners(opened, 1)).isZero();

		// A run that stopped after the first owner goes on from the second, one owner per transaction.
		jdbc.update("UPDATE recall_campaign SET owners_told_up_to = ? WHERE id = ?", owners.get(0).getId(),
				campaign.getId());
		assertThat(recallMails.tellOwners(opened, 1)).isEqualTo(2);
		assertThat(outbox.to(owners.get(0).getEmail())).hasSize(1);
		assertThat(outbox.to(owners.get(1).getEmail())).hasSize(2);
		assertThat(outbox.to(owners.get(2).getEmail())).hasSize(2);
		assertThat(jdbc.queryForObject("SELECT owners_told_up_to FROM recall_campaign WHERE id = ?", Long.class,
				campaign.getId())).isEqualTo(owners.get(2).getId());

		// Two runs at once, from the start again: they take turns on the campaign, and each owner is told once more.
		jdbc.update("UPDATE recall_campaign SET owners_told_up_to = NULL WHERE id = ?", campaign.getId());
		ExecutorService runs = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = runs.submit(() -> recallMails.tellOwners(opened, 1));
			Future<Integer> second = runs.submit(() -> recallMails.tellOwners(opened, 1));
			assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS)).isEqualTo(3);
		}
		finally {
			runs.shutdownNow();
		}
		assertThat(outbox.to(owners.get(0).getEmail())).hasSize(2);
		assertThat(outbox.to(owners.get(1).getEmail())).hasSize(3);
		assertThat(outbox.to(owners.get(2).getEmail())).hasSize(3);
	}
}
