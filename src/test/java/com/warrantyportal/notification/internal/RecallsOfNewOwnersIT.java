package com.warrantyportal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.notification.MailOutbox;
import com.warrantyportal.notification.OutboxMail;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.OwnerTransfers;
import com.warrantyportal.registration.ProductImport;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.ProductForms;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * An owner who becomes a unit's owner after its recall opened (by registering it, or by a transfer) is told of the
 * recall at once, by mail and notice, with the unit's serial; a unit no open recall covers, or whose remedy was carried
 * out, brings no recall mail.
 */
@AutoConfigureMockMvc
class RecallsOfNewOwnersIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Recalls recalls;

	@Autowired
	UnitService units;

	@Autowired
	OwnerTransfers transfers;

	@Autowired
	ProductImport productImport;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	Catalogue catalogue;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
	}

	private RecallCampaign fridgeRecall(String title) {
		RecallCampaign campaign = recalls.openAsSystem(new Recalls.NewCampaign(catalogue.registryMaker().getId(),
				title, "door", "A new door seal, fitted free.", Set.of(catalogue.fridge().getId()), null, null, null,
				null), "test");
		// The campaign's own mail run (to the owners of its day) is over before anyone registers here.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%RecallMails%' "
							+ "AND completion_date IS NULL AND serialized_event LIKE ?",
					Integer.class, "%\"campaignId\":" + campaign.getId() + ",%") == 0);
		return campaign;
	}

	private MockMultipartHttpServletRequestBuilder register(Account who, long modelId, String serial) {
		return ProductForms.registration(who, modelId, serial, "2025-03-10");
	}

	private List<OutboxMail> recallMails(Account owner, String title) {
		return outbox.to(owner.getEmail()).stream().filter(mail -> mail.getSubject().equals("Recall: " + title)).toList();
	}

	@Test
	void anOwnerWhoRegistersARecalledUnitIsToldAtOnceByMailAndNotice() throws Exception {
		String title = "Door seal " + Fixtures.unique();
		fridgeRecall(title);
		Account owner = fixtures.owner();
		String serial = catalogue.registeredFridgeSerial(51);

		mvc.perform(register(owner, catalogue.fridge().getId(), serial)).andExpect(status().isFound());

		assertThat(recallMails(owner, title)).singleElement().satisfies(mail -> {
			assertThat(mail.getBodyText()).contains(serial).contains("A new door seal, fitted free.");
			assertThat(mail.getBodyHtml()).contains(serial).contains("door");
		});
		assertThat(jdbc.queryForList("SELECT link FROM notice WHERE owner_id = ? AND kind = 'RECALL' AND title = ?",
				String.class, owner.getId(), "Recall: " + title)).singleElement()
			.satisfies(link -> assertThat(link).matches("/my/products/\\d+"));
	}

	@Test
	void anImportOfSeveralRecalledUnitsIsOneMailListingThemAndItsPreviewTellsNobody() {
		String title = "Door seal " + Fixtures.unique();
		fridgeRecall(title);
		Account owner = fixtures.owner();
		List<String> serials = List.of(catalogue.registeredFridgeSerial(61), catalogue.registeredFridgeSerial(62),
				catalogue.registeredFridgeSerial(63));
		List<RegisterProduct> rows = serials.stream()
			.map(serial -> new RegisterProduct(owner.getId(), catalogue.fridge().getId(), serial,
					LocalDate.of(2025, 3, 10), "Kitchen World", null, null))
			.toList();

		productImport.tryOut(rows);
		assertThat(recallMails(owner, title)).as("the preview keeps nothing").isEmpty();

		productImport.registerAll(rows);
		assertThat(recallMails(owner, title)).singleElement()
			.satisfies(mail -> assertThat(mail.getBodyText()).contains(serials));
		assertThat(jdbc.queryForObject("SELECT link FROM notice WHERE owner_id = ? AND kind = 'RECALL'", String.class,
				owner.getId())).isEqualTo("/my/products");
	}

	@Test
	void aUnitNoOpenRecallCoversBringsNoRecallMail() throws Exception {
		String title = "Door seal " + Fixtures.unique();
		fridgeRecall(title);
		Account owner = fixtures.owner();

		mvc.perform(register(owner, catalogue.tv().getId(), "TV" + Fixtures.unique())).andExpect(status().isFound());

		assertThat(outbox.to(owner.getEmail())).noneMatch(mail -> mail.getSubject().startsWith("Recall: "));
	}

	@Test
	void aNewOwnerByTransferIsToldUnlessTheRemedyWasCarriedOut() throws Exception {
		String title = "Door seal " + Fixtures.unique();
		RecallCampaign campaign = fridgeRecall(title);
		String serial = catalogue.registeredFridgeSerial(52);
		Account first = fixtures.owner();
		mvc.perform(register(first, catalogue.fridge().getId(), serial)).andExpect(status().isFound());
		Account buyer = fixtures.owner();
		mvc.perform(register(buyer, catalogue.fridge().getId(), serial)).andExpect(status().isFound());
		assertThat(recallMails(buyer, title)).as("not the owner yet").isEmpty();

		accept(first);

		assertThat(recallMails(buyer, title)).hasSize(1);

		var agent = Fixtures.user(fixtures.staff(Role.AGENT));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(agent, null, agent.getAuthorities()));
		try {
			assertThat(recalls.markRemedied(campaign.getId(),
					units.find(catalogue.registryMaker().getId(), SerialNumber.of(serial)).orElseThrow(),
					agent.getUsername())).isTrue();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		Account next = fixtures.owner();
		mvc.perform(register(next, catalogue.fridge().getId(), serial)).andExpect(status().isFound());
		accept(buyer);
		assertThat(recallMails(next, title)).as("the remedy was carried out on this unit").isEmpty();
	}

	private void accept(Account owner) throws Exception {
		long transferId = transfers.incomingTransfers(owner.getId()).get(0).id();
		mvc.perform(post("/my/transfers/{id}/accept", transferId).with(csrf()).with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());
	}
}
