package com.warrantyportal.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Map;

import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.PasswordPolicy;
import com.warrantyportal.account.PasswordReset;
import com.warrantyportal.account.Role;
import com.warrantyportal.account.StaffAccounts;
import com.warrantyportal.account.web.SiteMenu;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.CatalogAdmin;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ModelExport;
import com.warrantyportal.catalog.ModelImport;
import com.warrantyportal.catalog.SerialFormatAdmin;
import com.warrantyportal.catalog.SerialFormatCatalog;
import com.warrantyportal.unit.RegistryImports;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.infrastructure.web.AssetVersion;
import com.warrantyportal.infrastructure.web.FieldLimits;
import com.warrantyportal.portal.SerialFindings;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.support.Users;
import com.warrantyportal.unit.UnitService;
import com.warrantyportal.claim.OwnerClaims;
import com.warrantyportal.claim.PendingClaimFiles;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.claim.ClaimDecisions;
import com.warrantyportal.claim.StaffClaimPage;
import com.warrantyportal.claim.VerdictFacts;
import com.warrantyportal.claim.StaffQueue;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.OwnerTransfers;
import com.warrantyportal.registration.StaffTransfers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The URL rules, method rules and response headers, on the web layer alone (services are mocked). */
@WebMvcTest
@Import({ SecurityConfiguration.class, AssetVersion.class, SiteMenu.class, FieldLimits.class,
		com.warrantyportal.infrastructure.web.DisplayMoney.class, com.warrantyportal.infrastructure.web.DisplayDates.class,
		SecurityRulesWebTest.Fixed.class })
class SecurityRulesWebTest {

	static class Fixed {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}
	}

	@Autowired
	MockMvc mvc;

	// Sign-in throttling lives in the database, which this test does not start.
	@MockitoBean
	LoginThrottle throttle;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	PasswordPolicy passwordPolicy;

	@MockitoBean
	com.warrantyportal.notification.MailOutbox mailOutbox;

	@MockitoBean
	com.warrantyportal.notification.internal.Notices notices;

	@MockitoBean
	com.warrantyportal.notification.internal.NotificationSettings notificationSettings;

	@MockitoBean
	com.warrantyportal.notification.internal.Unsubscribing unsubscribing;

	@MockitoBean
	CatalogService catalog;

	@MockitoBean
	ClaimService claims;

	@MockitoBean
	RegistrationService registrations;

	@MockitoBean
	UnitService units;

	@MockitoBean
	OwnerProducts ownerProducts;

	@MockitoBean
	OwnerProductViews ownerProductViews;

	@MockitoBean
	OwnerTransfers ownerTransfers;

	@MockitoBean
	PendingClaimFiles pendingFiles;

	@MockitoBean
	com.warrantyportal.registration.DeviceBook deviceBook;

	@MockitoBean
	com.warrantyportal.registration.web.ProductImportRows productImportRows;

	@MockitoBean
	OwnerClaims ownerClaims;

	@MockitoBean
	FileStorage files;

	@MockitoBean
	StaffQueue staffQueue;

	@MockitoBean
	com.warrantyportal.claim.BulkClaimActions bulkClaimActions;

	@MockitoBean
	com.warrantyportal.claim.ServiceLevels serviceLevels;

	@MockitoBean
	StaffClaimPage staffClaimPage;

	@MockitoBean
	ClaimDecisions claimDecisions;

	@MockitoBean
	VerdictFacts verdictFacts;

	@MockitoBean
	SerialFindings serialFindings;

	@MockitoBean
	CatalogAdmin catalogAdmin;

	@MockitoBean
	SerialFormatCatalog serialFormats;

	@MockitoBean
	SerialFormatAdmin serialFormatAdmin;

	@MockitoBean
	RegistryImports registryImports;

	@MockitoBean
	Recalls recalls;

	@MockitoBean
	com.warrantyportal.portal.api.ApiClients apiClients;

	@MockitoBean
	com.warrantyportal.portal.api.IdempotentRequests idempotentRequests;

	@MockitoBean
	com.warrantyportal.claim.ClaimChanges claimChanges;

	@MockitoBean
	com.warrantyportal.registration.RetailSales retailSales;

	@MockitoBean
	com.warrantyportal.portal.api.Webhooks webhooks;

	@MockitoBean
	StaffTransfers staffTransfers;

	@MockitoBean
	StaffAccounts staffAccounts;

	@MockitoBean
	com.warrantyportal.claim.StaffSearch staffSearch;

	@MockitoBean
	com.warrantyportal.claim.StaffUnitPages staffUnitPages;

	@MockitoBean
	com.warrantyportal.infrastructure.RateLimits rateLimits;

	@MockitoBean
	PasswordReset passwordReset;

	@MockitoBean
	com.warrantyportal.account.OwnerSignUp ownerSignUp;

	@MockitoBean
	ModelImport modelImport;

	@MockitoBean
	ModelExport modelExport;

	@MockitoBean
	AuditTrail audit;

	@MockitoBean
	com.warrantyportal.reporting.Reports reports;

	@BeforeEach
	void stubs() {
		given(staffQueue.counts()).willReturn(Map.of(ClaimStatus.SUBMITTED, 1L));
		given(staffTransfers.pending()).willReturn(new StaffTransfers.Pending(java.util.List.of(), 0));
		given(claims.forOwner(any(Long.class))).willReturn(java.util.List.of());
		given(rateLimits.take(any(), any(), org.mockito.ArgumentMatchers.anyInt()))
			.willReturn(new com.warrantyportal.infrastructure.RateLimits.Attempt(true, java.time.Duration.ZERO));
		given(ownerProductViews.listPage(any(Long.class), any())).willReturn(
				new OwnerProductViews.ProductList(java.util.List.of(), java.util.List.of(), java.util.List.of()));
		given(reports.recent(any())).willReturn(new com.warrantyportal.reporting.Reports.Report(java.util.List.of(),
				java.util.List.of(), false, java.util.Optional.empty(), java.time.Instant.EPOCH));
	}

	@ParameterizedTest(name = "anonymous {0} is sent to the login page")
	@CsvSource({ "/my", "/my/products", "/staff", "/staff/claims", "/admin", "/admin/models/1", "/home" })
	void anonymousVisitorsMustSignInForPrivatePages(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest(name = "anonymous {0} is public")
	@CsvSource({ "/", "/login", "/signup", "/check", "/check?serial=BL24000777", "/forgot-password",
			"/reset-password?token=abc", "/signup/done", "/confirm-email?token=abc" })
	void publicPagesOpenWithoutSigningIn(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
	}

	@ParameterizedTest(name = "{0} on {1} answers {2}")
	@CsvSource({ "OWNER, /my, 200", "OWNER, /staff, 403", "OWNER, /admin, 403", "AGENT, /staff, 200",
			"AGENT, /my, 403", "AGENT, /admin, 403", "SUPERVISOR, /staff, 200", "SUPERVISOR, /admin, 403",
			"AGENT, /staff/reports, 403", "SUPERVISOR, /staff/reports, 200", "ADMIN, /staff/reports, 200",
			"OWNER, /staff/reports, 403", "AGENT, /staff/reports/components.csv, 403",
			"SUPERVISOR, /my, 403", "ADMIN, /admin, 200", "ADMIN, /staff, 403", "ADMIN, /my, 403",
			"OWNER, /staff/claims, 403", "OWNER, /staff/claims/WC-2026-000001, 403", "ADMIN, /staff/claims, 403",
			"OWNER, /staff/files/1, 403", "AGENT, /my/files/1, 403", "AGENT, /admin/models/1, 403",
			"SUPERVISOR, /admin/models/1, 403", "OWNER, /admin/models/1, 403",
			"AGENT, /admin/recalls, 403", "ADMIN, /admin/recalls, 200",
			"OWNER, /staff/transfers, 403", "AGENT, /staff/transfers, 200",
			"SUPERVISOR, /admin/accounts, 403", "ADMIN, /admin/accounts, 200",
			"AGENT, /admin/models/1/label-image, 403", "OWNER, /staff/search, 403", "ADMIN, /staff/search, 403",
			"OWNER, /staff/units/ABC123, 403", "AGENT, /admin/audit, 403", "SUPERVISOR, /admin/audit.csv, 403",
			"ADMIN, /admin/audit, 200" })
	void eachRoleReachesOnlyItsOwnArea(Role role, String path, int expected) throws Exception {
		mvc.perform(get(path).with(user(Users.of(role)))).andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} lands on {1}")
	@CsvSource({ "OWNER, /my", "AGENT, /staff", "SUPERVISOR, /staff", "ADMIN, /admin" })
	void homeSendsEachRoleToItsOwnHomePage(Role role, String home) throws Exception {
		mvc.perform(get("/home").with(user(Users.of(role)))).andExpect(redirectedUrl(home));
	}

	@Test
	void forbiddenPageLeaksNoInternals() throws Exception {
		String body = mvc.perform(get("/admin").with(user(Users.of(Role.OWNER))))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("at com.warrantyportal");
	}

	@Test
	void responsesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(result -> assertThat(result.getResponse().getHeader("Content-Security-Policy"))
				.contains("default-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"))
			.andExpect(result -> assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()")
				.contains("geolocation=()")
				.contains("microphone=()"))
			// Strict-Transport-Security only over HTTPS: browsers ignore it over plain HTTP anyway.
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		mvc.perform(get("/check").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
			.andExpect(header().exists("Permissions-Policy"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/signup").param("email", "a@example.com").param("password", "long enough password"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMailClientsOneClickUnsubscribeNeedsNeitherSignInNorCsrfTokenAndOnlyThatPathIsExempt() throws Exception {
		given(unsubscribing.unsubscribe("a-token")).willReturn(
				java.util.Optional.of(com.warrantyportal.notification.MailKind.COVERAGE_REMINDER));
		mvc.perform(post("/unsubscribe/a-token").param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
		mvc.perform(post("/unsubscribe/a-token/more")).andExpect(status().isForbidden());
		mvc.perform(post("/my/settings").with(user(Users.of(Role.OWNER))).param("leadDays", "30"))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutIsAPostWithTheCsrfToken() throws Exception {
		MockHttpServletRequestBuilder logout = post("/logout").with(user(Users.of(Role.OWNER)));
		mvc.perform(logout).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user(Users.of(Role.OWNER))).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}
}
