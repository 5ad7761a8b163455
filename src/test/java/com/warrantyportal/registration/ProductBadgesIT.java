package com.warrantyportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Set;

import com.warrantyportal.account.Account;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The owner's product list flags, beside each product's warranty state, an open recall and an open claim. */
@AutoConfigureMockMvc
class ProductBadgesIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Recalls recalls;

	@Autowired
	ClaimService claims;

	@Test
	void aRecalledProductWithAClaimShowsBothFlagsAndAPlainOneNone() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(2));
		recalls.openAsSystem(new Recalls.NewCampaign(catalogue.tv().getManufacturerId(), "Panel " + catalogue.prefix(),
				"panel", "New panel", Set.of(catalogue.tv().getId()), null, null, null, null), "test");
		claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1), "panel",
				Cause.DEFECT, "The picture flickers.");

		String page = mvc.perform(get("/my/products").with(user(Fixtures.user(owner))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String badges = page.substring(page.indexOf("<span class=\"badges\">"));
		badges = badges.substring(0, badges.indexOf("</td>"));
		assertThat(badges).contains("In warranty")
			.contains("<span class=\"badge bad\">Open recall</span>")
			.contains("<span class=\"badge info\">Claim open</span>")
			.doesNotContain("Possibly recalled")
			.doesNotContain("Reported stolen");

		Account other = fixtures.owner();
		fixtures.registeredTv(other, fixtures.catalogue(), LocalDate.now().minusMonths(2));
		String plain = mvc.perform(get("/my/products").with(user(Fixtures.user(other))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(plain).contains("In warranty").doesNotContain("badge bad").doesNotContain("badge info");
	}
}
