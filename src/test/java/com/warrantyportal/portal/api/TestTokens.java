package com.warrantyportal.portal.api;

import com.warrantyportal.support.Fixtures;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issues API tokens in tests as an administrator would, without going through the page (ApiIT does that). */
final class TestTokens {

	private TestTokens() {
	}

	static String issue(ApiClients clients, ApiScope scope, Long manufacturerId) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		try {
			return clients.issue("Org " + Fixtures.unique(), scope, manufacturerId, 30, "admin@example.com").token();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
