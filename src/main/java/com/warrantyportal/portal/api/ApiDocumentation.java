package com.warrantyportal.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document's title, description and the bearer token every {@code /api/v1} route needs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI warrantyPortalApi() {
		return new OpenAPI()
			.info(new Info().title("Warranty Portal API")
				.version("v1")
				.description("""
						For retailers and manufacturers. Every request carries an API token an administrator issued \
						(`Authorization: Bearer wpt_…`); a token sees only its organisation's data. Errors are \
						RFC 9457 problems (`application/problem+json`); invalid fields answer 422 with an `errors` \
						list. Each token may make a number of requests a minute (`RateLimit-*` headers; 429 with \
						`Retry-After` past it). POSTs that create take an `Idempotency-Key` header."""))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API token")));
	}
}
