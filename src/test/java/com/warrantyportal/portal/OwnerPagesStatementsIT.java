package com.warrantyportal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.warrantyportal.account.Account;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.ProductSort;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.support.SqlStatements;
import com.warrantyportal.unit.UnitService;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The owner's pages send a fixed number of SQL statements, whether the owner has one product and one claim or fifty
 * of each: every statement the application sends on the request's thread is counted, through the real pages.
 * Both owners have the same kinds of things (receipts, extended plans, open recalls, claims, newer terms versions,
 * transfers asked of them and by them), the second spread over ten catalogues, so a query per product, model,
 * manufacturer, terms version, plan, recall, claim or transfer shows as a difference.
 */
@AutoConfigureMockMvc
@Import(SqlStatements.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerPagesStatementsIT extends MySqlIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(OwnerPagesStatementsIT.class);

	/** What one owner page may cost at most; today's pages cost fewer. (One of them: the header's unread count.) */
	private static final int PAGE_BUDGET = 14;

	/**
	 * What filing a claim may cost at most. (Three of them tell the owner: their mail settings read, the notice and the
	 * mail's unsubscribe link written; one looks for the manufacturer's webhooks.)
	 */
	private static final int FILING_BUDGET = 21;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	@Autowired
	OwnerProductViews productViews;

	@Autowired
	ClaimService claims;

	@Autowired
	UnitService units;

	@Autowired
	CatalogService catalog;

	@Autowired
	Recalls recalls;

	Account one;

	Account fifty;

	@BeforeAll
	void twoOwnersOneWithOneOfEverythingTheOtherWithFifty() {
		one = fixtures.owner();
		fifty = fixtures.owner();
		List<Catalogue> catalogues = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			catalogues.add(fixtures.catalogue());
		}
		giveProducts(one, List.of(fixtures.catalogue()), 1, 1);
		giveProducts(fifty, catalogues, 50, 3);
	}

	/**
	 * Registers {@code count} products of the catalogues' models in turn, every third with a receipt and every fifth
	 * with an extended plan, opens a recall on each catalogue's fridge and TV (so that a campaign concerns even the
	 * one product's model: campaigns are read only when some concern the products' models) and adds newer terms to its TV, files a
	 * claim on each product, and makes {@code transfers} transfers each way.
	 */
	private void giveProducts(Account owner, List<Catalogue> catalogues, int count, int transfers) {
		for (Catalogue catalogue : catalogues) {
			recalls.openAsSystem(new Recalls.NewCampaign(catalogue.registryMaker().getId(), "Door seal " + catalogue.prefix(),
					"door", "New seal", Set.of(catalogue.fridge().getId(), catalogue.tv().getId()), null, null, null, null),
					"test");
			catalog.addTermsVersion(catalogue.tv().getId(), LocalDate.of(2025, 1, 1),
					new WarrantyTerms(List.of(new CoverageLine("*", 24, 12), new CoverageLine("panel", 36, 12)), true,
							30, 90, 3, 30),
					"test");
		}
		List<Registration> registered = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Catalogue catalogue = catalogues.get(i % catalogues.size());
			ProductModel model = switch (i % 3) {
				case 0 -> catalogue.tv();
				case 1 -> catalogue.fridge();
				default -> catalogue.washer();
			};
			String serial = model == catalogue.tv() ? "TV" + Fixtures.unique()
					: model == catalogue.fridge() && i < 3 ? catalogue.registeredFridgeSerial(1 + i / 3)
							: "2411" + catalogue.prefix() + "%05d".formatted(1000 + i);
			Registration registration = register(owner, model, serial, LocalDate.of(2025, 1, 1).plusDays(7L * i),
					i % 3 == 0);
			if (i % 5 == 0) {
				units.addPlan(registration.getUnitId(), "Care plus", 24, registration.getPurchaseDate(), "test");
			}
			claims.file(registration.getId(), registration.getUnitId(), owner.getId(), "Owner",
					LocalDate.now().minusDays(1), i % 2 == 0 ? "door" : "panel", Cause.DEFECT,
					"It stopped working on its own.");
			registered.add(registration);
		}
		for (int i = 0; i < transfers; i++) {
			// Someone asks for one of the owner's products, and the owner asks for someone else's.
			Registration asked = registered.get(i);
			String serial = units.find(asked.getUnitId()).orElseThrow().getSerialDisplay();
			long modelId = units.find(asked.getUnitId()).orElseThrow().getModelId();
			products.register(new RegisterProduct(fixtures.owner().getId(), modelId, serial, LocalDate.now(), "Market",
					BigDecimal.TEN, null));
			Registration elsewhere = fixtures.registeredTv(fixtures.owner(), catalogues.get(i % catalogues.size()),
					LocalDate.of(2025, 6, 1));
			products.register(new RegisterProduct(owner.getId(), catalogues.get(i % catalogues.size()).tv().getId(),
					units.find(elsewhere.getUnitId()).orElseThrow().getSerialDisplay(), LocalDate.now(), "Market",
					BigDecimal.TEN, null));
		}
	}

	private Registration register(Account owner, ProductModel model, String serial, LocalDate purchased,
			boolean receipt) {
		RegistrationOutcome outcome = products.register(new RegisterProduct(owner.getId(), model.getId(), serial,
				purchased, "Test shop", new BigDecimal("99.00"),
				receipt ? new MockMultipartFile("proof", "receipt.pdf", "application/pdf", Fixtures.PDF) : null));
		return ((RegistrationOutcome.Registered) outcome).registration();
	}

	private SqlStatements.Recorded statementsOf(Account owner, RequestBuilder request) throws Exception {
		// Once unmeasured, so nothing a first request does once (caches, templates) counts.
		mvc.perform(request).andExpect(status().isOk());
		return SqlStatements.during(() -> mvc.perform(request).andExpect(status().isOk()));
	}

	private void sameForOneAndFifty(String page, SqlStatements.Recorded ofOne, SqlStatements.Recorded ofFifty) {
		sameForOneAndFifty(page, ofOne, ofFifty, PAGE_BUDGET);
	}

	private void sameForOneAndFifty(String page, SqlStatements.Recorded ofOne, SqlStatements.Recorded ofFifty,
			int budget) {
		log.info("{}: {} SQL statements with one item, {} with fifty", page, ofOne.count(), ofFifty.count());
		assertThat(ofFifty.count()).as("%s with fifty items: %s%nwith one: %s", page, ofFifty, ofOne)
			.isEqualTo(ofOne.count());
		assertThat(ofOne.count()).as("%s: %s", page, ofOne).isLessThanOrEqualTo(budget);
	}

	@Test
	void theProductListSendsAsManyStatementsForFiftyProductsAsForOne() throws Exception {
		assertThat(productViews.list(fifty.getId(), ProductSort.MODEL)).hasSize(50);
		for (String sort : List.of("purchase_newest", "ends_soonest")) {
			sameForOneAndFifty("/my/products?sort=" + sort,
					statementsOf(one, get("/my/products").param("sort", sort).with(user(Fixtures.user(one)))),
					statementsOf(fifty, get("/my/products").param("sort", sort).with(user(Fixtures.user(fifty)))));
		}
	}

	@Test
	void theCsvExportSendsAsManyStatementsForFiftyProductsAsForOne() throws Exception {
		sameForOneAndFifty("/my/products.csv", statementsOf(one, get("/my/products.csv").with(user(Fixtures.user(one)))),
				statementsOf(fifty, get("/my/products.csv").with(user(Fixtures.user(fifty)))));
	}

	@Test
	void aProductPageSendsAsManyStatementsWhenItsOwnerHasFiftyProductsAsWithOne() throws Exception {
		long oneProduct = productViews.list(one.getId(), ProductSort.MODEL).get(0).registrationId();
		// The fifty-product owner's product of the same kind: a TV with a receipt and a plan, its maker's fridge recalled.
		long fiftyProduct = productViews.list(fifty.getId(), ProductSort.PURCHASE_OLDEST).get(0).registrationId();
		sameForOneAndFifty("/my/products/{id}",
				statementsOf(one, get("/my/products/{id}", oneProduct).with(user(Fixtures.user(one)))),
				statementsOf(fifty, get("/my/products/{id}", fiftyProduct).with(user(Fixtures.user(fifty)))));
	}

	@Test
	void theClaimListSendsAsManyStatementsForFiftyClaimsAsForOne() throws Exception {
		assertThat(claims.forOwner(fifty.getId())).hasSizeGreaterThanOrEqualTo(50);
		sameForOneAndFifty("/my/claims", statementsOf(one, get("/my/claims").with(user(Fixtures.user(one)))),
				statementsOf(fifty, get("/my/claims").with(user(Fixtures.user(fifty)))));
	}

	@Test
	void filingAClaimSendsAsManyStatementsWhenItsOwnerHasFiftyProductsAsWithOne() throws Exception {
		long oneProduct = productViews.list(one.getId(), ProductSort.PURCHASE_OLDEST).get(0).registrationId();
		long fiftyProduct = productViews.list(fifty.getId(), ProductSort.PURCHASE_OLDEST).get(0).registrationId();
		sameForOneAndFifty("POST /my/claims", statementsOfFiling(one, oneProduct),
				statementsOfFiling(fifty, fiftyProduct), FILING_BUDGET);
	}

	/** The cheaper of two filings: one in every block of claim numbers also reserves the next block. */
	private SqlStatements.Recorded statementsOfFiling(Account owner, long productId) throws Exception {
		SqlStatements.Recorded first = SqlStatements.during(() -> mvc.perform(claimForm(owner, productId))
			.andExpect(status().isFound()));
		SqlStatements.Recorded second = SqlStatements.during(() -> mvc.perform(claimForm(owner, productId))
			.andExpect(status().isFound()));
		return first.count() <= second.count() ? first : second;
	}

	private static RequestBuilder claimForm(Account owner, long productId) {
		return multipart("/my/claims").param("product", String.valueOf(productId))
			.param("token", "t-" + Fixtures.unique())
			.param("failureDate", LocalDate.now().minusDays(1).toString())
			.param("component", "panel")
			.param("cause", "STOPPED_BY_ITSELF")
			.param("description", "A green line runs down the screen.")
			.with(csrf())
			.with(user(Fixtures.user(owner)));
	}

	@Test
	void aClaimPageSendsAsManyStatementsWhenItsOwnerHasFiftyClaimsAsWithOne() throws Exception {
		Claim ofOne = claims.forOwner(one.getId()).get(0);
		Claim ofFifty = claims.forOwner(fifty.getId()).get(49);
		sameForOneAndFifty("/my/claims/{number}",
				statementsOf(one, get("/my/claims/{n}", ofOne.getNumber()).with(user(Fixtures.user(one)))),
				statementsOf(fifty, get("/my/claims/{n}", ofFifty.getNumber()).with(user(Fixtures.user(fifty)))));
	}
}
