package com.warrantyportal.portal.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Each token has its own budget of requests a minute, told in RateLimit headers, then refused with 429. */
@AutoConfigureMockMvc
@TestPropertySource(properties = "warranty.api.requests-per-minute=3")
class ApiRateLimitIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients clients;

	private String issue() {
		return TestTokens.issue(clients, ApiScope.RETAILER, null);
	}

	@Test
	void aTokenPastItsBudgetIsRefusedWith429AndAnotherTokenIsNot() throws Exception {
		String token = issue();
		for (int remaining = 2; remaining >= 0; remaining--) {
			mvc.perform(get("/api/v1/serials/ANY-SERIAL-1").header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andExpect(header().string("RateLimit-Limit", "3"))
				.andExpect(header().string("RateLimit-Remaining", String.valueOf(remaining)));
		}
		mvc.perform(get("/api/v1/serials/ANY-SERIAL-1").header("Authorization", "Bearer " + token))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(header().string("RateLimit-Remaining", "0"))
			.andExpect(jsonPath("$.status").value(429));
		mvc.perform(get("/api/v1/serials/ANY-SERIAL-1").header("Authorization", "Bearer " + issue()))
			.andExpect(status().isOk());
	}
}
