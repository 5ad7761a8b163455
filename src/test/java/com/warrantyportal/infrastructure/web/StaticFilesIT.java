package com.warrantyportal.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The portal's own files and the API's browsable documentation are served without a resource chain. With one (Spring
 * Boot switches it on when a web-jar locator is on the class path, as the API documentation brings), every link a
 * page builds was first looked up among the files in the jar: the staff queue spent most of its time there.
 */
@AutoConfigureMockMvc
class StaticFilesIT extends MySqlIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void linksArePrintedAsWrittenNotLookedUpAmongTheFiles() {
		assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
	}

	@Test
	void theStylesScriptsPicturesAndApiDocumentationAreServed() throws Exception {
		mvc.perform(get("/assets/app.css")).andExpect(status().isOk());
		mvc.perform(get("/assets/app.js")).andExpect(status().isOk());
		mvc.perform(get("/images/logo.svg")).andExpect(status().isOk());
		mvc.perform(get("/api/swagger-ui/swagger-ui.css")).andExpect(status().isOk());
		mvc.perform(get("/api/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("/assets/app.css?v=")));
	}
}
