package com.warrantyportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.account.Account;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** API tokens for tests, issued as an administrator does it. */
public final class ApiTokens {

	private static final Pattern TOKEN = Pattern.compile("value=\"(wpt_[A-Za-z0-9_-]+)\"");

	private ApiTokens() {
	}

	/** Issues a token on the administrators' page and reads it from the answer, the one place it is shown. */
	public static String issue(MockMvc mvc, Account admin, String scope, Long manufacturerId) throws Exception {
		MockHttpServletRequestBuilder form = post("/admin/api-tokens").with(csrf())
			.with(user(Fixtures.user(admin)))
			.param("organisation", "Org " + Fixtures.unique())
			.param("scope", scope)
			.param("validDays", "90");
		if (manufacturerId != null) {
			form.param("manufacturerId", String.valueOf(manufacturerId));
		}
		String page = mvc.perform(form)
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("the new token on the page").isTrue();
		return matcher.group(1);
	}

	/** The request with the token as its bearer. */
	public static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + token);
	}
}
