package com.warrantyportal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The site menu of every page shows each person the parts of the site their role opens, and no other. */
@AutoConfigureMockMvc
class SiteMenuIT extends MySqlIntegrationTest {

	static final List<String> EVERY_AREA = List.of("/login", "/signup", "/my/products", "/staff/claims",
			"/staff/reports", "/admin/models");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void someoneNotSignedInIsOfferedSigningInAndSigningUp() throws Exception {
		assertMenu(get("/check"), List.of("/login", "/signup"));
		assertThat(page(get("/check"))).doesNotContain("class=\"who\"");
	}

	@Test
	void anOwnerSeesTheirProductsAndClaimsAndWhoIsSignedIn() throws Exception {
		Account owner = fixtures.owner();
		assertMenu(get("/check").with(user(Fixtures.user(owner))), List.of("/my/products"));
		assertThat(page(get("/check").with(user(Fixtures.user(owner))))).contains(owner.getDisplayName())
			.contains("Sign out");
	}

	@Test
	void agentsSeeTheQueueAndSupervisorsTheReportsToo() throws Exception {
		assertMenu(get("/check").with(user(Fixtures.user(fixtures.staff(Role.AGENT)))), List.of("/staff/claims"));
		assertMenu(get("/check").with(user(Fixtures.user(fixtures.staff(Role.SUPERVISOR)))),
				List.of("/staff/claims", "/staff/reports"));
	}

	@Test
	void administratorsSeeTheCatalogueAndTheReports() throws Exception {
		assertMenu(get("/check").with(user(Fixtures.user(fixtures.staff(Role.ADMIN)))),
				List.of("/staff/reports", "/admin/models"));
	}

	private void assertMenu(MockHttpServletRequestBuilder request, List<String> shown) throws Exception {
		String menu = menuOf(page(request));
		for (String area : EVERY_AREA) {
			if (shown.contains(area)) {
				assertThat(menu).as("menu links to %s", area).contains("href=\"" + area + "\"");
			}
			else {
				assertThat(menu).as("menu does not link to %s", area).doesNotContain("href=\"" + area + "\"");
			}
		}
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private static String menuOf(String page) {
		return page.substring(page.indexOf("<nav aria-label=\"Main\">"), page.indexOf("</nav>"));
	}
}
