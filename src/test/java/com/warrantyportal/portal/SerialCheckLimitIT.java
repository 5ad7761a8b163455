package com.warrantyportal.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public serial check answers a few look-ups a minute per client address, then a friendly page and HTTP 429. */
@SpringBootTest
@ActiveProfiles("mysql")
@AutoConfigureMockMvc
class SerialCheckLimitIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlIntegrationTest.testProperties(registry);
		registry.add("warranty.check.per-minute", () -> "5");
	}

	@Autowired
	MockMvc mvc;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aClientPastTheLimitIsAskedToWaitAndOthersAreNot() throws Exception {
		String buyer = "10.77." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1);
		for (int lookUp = 0; lookUp < 5; lookUp++) {
			mvc.perform(get("/check").param("serial", "LIMIT-" + lookUp).with(from(buyer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Result for")));
		}

		mvc.perform(get("/check").param("serial", "LIMIT-6").with(from(buyer)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("You have checked many serial numbers in a short time")))
			.andExpect(content().string(containsString("value=\"LIMIT-6\"")))
			.andExpect(content().string(not(containsString("Result for"))));

		// Another client, and the empty form for this one, are not affected.
		mvc.perform(get("/check").param("serial", "LIMIT-1").with(from("10.78.0." + Fixtures.unique().length())))
			.andExpect(status().isOk());
		mvc.perform(get("/check").with(from(buyer))).andExpect(status().isOk());
	}
}
