package com.warrantyportal.demo.web;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo's serial registry file of Nordfrost, for the demo administrator to import on Nordfrost's registry page:
 * it adds serials (among them the neighbour's dishwasher, now unknown) and has four lines the import rejects.
 */
@Controller
@ConditionalOnProperty(name = "warranty.demo-data", havingValue = "true")
class DemoRegistryFileController {

	static final String FILE = "demo/nordfrost-registry.csv";

	@GetMapping("/admin/demo/nordfrost-registry.csv")
	ResponseEntity<Resource> registryFile() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nordfrost-registry.csv\"")
			.body(new ClassPathResource(FILE));
	}
}
