package com.warrantyportal.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.warrantyportal.account.Role;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Health is public; its details (database and disk) only for administrators. Errors leak nothing. */
@AutoConfigureMockMvc
class HealthIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void anyoneSeesTheStatusButOnlyAdministratorsTheDetails() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")))
			.andExpect(content().string(not(containsString("components"))));
		mvc.perform(get("/actuator/health").with(user(Fixtures.user(fixtures.staff(Role.AGENT)))))
			.andExpect(content().string(not(containsString("components"))));
		mvc.perform(get("/actuator/health").with(user(Fixtures.user(fixtures.staff(Role.ADMIN)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"db\"")));
	}
}
