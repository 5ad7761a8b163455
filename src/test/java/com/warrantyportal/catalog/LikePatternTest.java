package com.warrantyportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

	@Test
	void typedWildcardsAndTheEscapeCharacterAreMatchedLiterally() {
		assertThat(CatalogService.likePattern("", "NF-FR", "%")).isEqualTo("NF-FR%");
		assertThat(CatalogService.likePattern("%", "50%_off!", "%")).isEqualTo("%50!%!_off!!%");
	}
}
