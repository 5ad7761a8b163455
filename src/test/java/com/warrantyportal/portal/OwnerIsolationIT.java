package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.OwnerClaims;
import com.warrantyportal.claim.OwnerClaims.ClaimDraft;
import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.OwnerTransfers;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every {@code /my/**} route and every file download, called by another owner with the first owner's ids, answers
 * 404 exactly as for an id that does not exist, and changes nothing.
 */
@AutoConfigureMockMvc
class OwnerIsolationIT extends MySqlIntegrationTest {

	private static final long MISSING = 987_654_321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	OwnerTransfers ownerTransfers;

	@Autowired
	OwnerClaims ownerClaims;

	@Autowired
	ClaimService claimService;

	Account alice;

	Account mallory;

	Registration product;

	Claim claim;

	long receiptId;

	long photoId;

	long transferId;

	@BeforeEach
	void aliceHasAProductAClaimAndFiles() {
		Catalogue catalogue = fixtures.catalogue();
		alice = fixtures.owner();
		mallory = fixtures.owner();
		product = fixtures.registeredTv(alice, catalogue, LocalDate.now().minusMonths(2));
		receiptId = product.getProofFileId();
		claim = ownerClaims.file(alice.getId(), "Alice", new ClaimDraft(product.getId(), LocalDate.now().minusDays(1),
				"panel", OwnerCause.STOPPED_BY_ITSELF, "A green line runs down the screen.",
				List.of(new MockMultipartFile("photos", "line.png", "image/png", Fixtures.PNG)), null));
		claimService.moveTo(claim.getId(), ClaimStatus.IN_REVIEW, ClaimService.Actor.SYSTEM, null);
		claim = claimService.moveTo(claim.getId(), ClaimStatus.INFO_REQUESTED, ClaimService.Actor.SYSTEM, "Photo?");
		photoId = claimService.attachments(claim.getId()).get(0).getFileId();

		// Someone asks Alice for her second product: a transfer only Alice may answer.
		Registration second = fixtures.registeredTv(alice, catalogue, LocalDate.now().minusMonths(1));
		Account buyer = fixtures.owner();
		String serial = productViews.find(alice.getId(), second.getId()).orElseThrow().serial();
		products.register(new RegisterProduct(buyer.getId(), catalogue.tv().getId(), serial, LocalDate.now(),
				"Marketplace", BigDecimal.TEN, null));
		transferId = ownerTransfers.incomingTransfers(alice.getId()).get(0).id();
	}

	private Map<String, AbstractMockHttpServletRequestBuilder<?>> routes(long productId, String claimNumber, long receipt, long photo,
			long transfer) {
		Map<String, AbstractMockHttpServletRequestBuilder<?>> routes = new LinkedHashMap<>();
		routes.put("product page", get("/my/products/{id}", productId));
		routes.put("edit form", get("/my/products/{id}/edit", productId));
		routes.put("edit", multipart("/my/products/{id}/edit", productId).param("version", "0")
			.param("purchaseDate", "2025-01-01").param("retailer", "X"));
		routes.put("remove page", get("/my/products/{id}/remove", productId));
		routes.put("remove", post("/my/products/{id}/remove", productId));
		routes.put("report stolen form", get("/my/products/{id}/stolen", productId));
		routes.put("report stolen", post("/my/products/{id}/stolen", productId).param("missingSince", "2025-01-01")
			.param("confirmed", "true"));
		routes.put("recovered", post("/my/products/{id}/recovered", productId));
		routes.put("claim form", get("/my/claims/new").param("product", String.valueOf(productId)));
		routes.put("claim preview", claimPost("/my/claims/preview", productId));
		routes.put("claim submit", claimPost("/my/claims", productId));
		routes.put("claim page", get("/my/claims/{n}", claimNumber));
		routes.put("answer", multipart("/my/claims/{n}/answer", claimNumber).param("version", "0")
			.param("answer", "Mine now"));
		routes.put("withdraw", post("/my/claims/{n}/withdraw", claimNumber).param("version", "0"));
		routes.put("receipt download", get("/my/files/{id}", receipt));
		routes.put("photo download", get("/my/files/{id}", photo));
		routes.put("accept transfer", post("/my/transfers/{id}/accept", transfer));
		routes.put("decline transfer", post("/my/transfers/{id}/decline", transfer));
		return routes;
	}

	private static AbstractMockHttpServletRequestBuilder<?> claimPost(String url, long productId) {
		return multipart(url).param("product", String.valueOf(productId))
			.param("token", "t-" + Fixtures.unique())
			.param("failureDate", LocalDate.now().minusDays(1).toString())
			.param("component", "panel")
			.param("cause", "STOPPED_BY_ITSELF")
			.param("description", "Not my TV but I want it repaired.");
	}

	@Test
	void anotherOwnersIdsAnswer404OnEveryRouteAndChangeNothing() throws Exception {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		for (var route : routes(product.getId(), claim.getNumber(), receiptId, photoId, transferId).entrySet()) {
			AbstractMockHttpServletRequestBuilder<?> request = route.getValue();
			statuses.put(route.getKey(), mvc.perform(request.with(csrf()).with(user(Fixtures.user(mallory))))
				.andReturn()
				.getResponse()
				.getStatus());
		}
		assertThat(statuses).allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(404));

		assertThat(productViews.find(alice.getId(), product.getId())).isPresent();
		assertThat(ownerTransfers.incomingTransfers(alice.getId())).hasSize(1);
		assertThat(claimService.find(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.INFO_REQUESTED);
		assertThat(claimService.forOwner(mallory.getId())).isEmpty();
	}

	@Test
	void idsThatDoNotExistAnswerTheSame404() throws Exception {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		for (var route : routes(MISSING, "WC-2000-999999", MISSING, MISSING, MISSING).entrySet()) {
			AbstractMockHttpServletRequestBuilder<?> request = route.getValue();
			statuses.put(route.getKey(), mvc.perform(request.with(csrf()).with(user(Fixtures.user(alice))))
				.andReturn()
				.getResponse()
				.getStatus());
		}
		assertThat(statuses).allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(404));
	}

	@Test
	void listsAndExportsShowOnlyTheOwnersOwnData() throws Exception {
		String serial = productViews.find(alice.getId(), product.getId()).orElseThrow().serial();
		for (String page : new String[] { "/my", "/my/products", "/my/claims", "/my/products.csv" }) {
			String body = mvc.perform(get(page).with(user(Fixtures.user(mallory))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(page).doesNotContain(serial).doesNotContain(claim.getNumber());
		}
		String own = mvc.perform(get("/my/products").with(user(Fixtures.user(alice))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains(serial);
	}
}
