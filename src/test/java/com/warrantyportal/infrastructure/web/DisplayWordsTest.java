package com.warrantyportal.infrastructure.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayWordsTest {

	@Test
	void saysOneThingAndManyThings() {
		DisplayWords words = new DisplayWords();
		assertThat(words.count(1, "unit", "units")).isEqualTo("1 unit");
		assertThat(words.count(0, "unit", "units")).isEqualTo("0 units");
		assertThat(words.count(1250L, "owner", "owners")).isEqualTo("1,250 owners");
	}

	@Test
	void identifiersKeepTogether() {
		assertThat(new DisplayWords().keepTogether("Your claim WC-2026-000005: Approved"))
			.containsExactly(new DisplayWords.Piece("Your claim ", false), new DisplayWords.Piece("WC-2026-000005", true),
					new DisplayWords.Piece(": Approved", false));
	}

	@Test
	void messagesChooseTheirWordByTheCount() {
		org.springframework.context.support.ResourceBundleMessageSource messages =
				new org.springframework.context.support.ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages/registry");
		messages.setDefaultEncoding("UTF-8");
		assertThat(messages.getMessage("recall.opened", new Object[] { 1 }, java.util.Locale.ENGLISH))
			.startsWith("The recall campaign is open: 1 owner is being e-mailed.");
		assertThat(messages.getMessage("recall.opened", new Object[] { 1200 }, java.util.Locale.ENGLISH))
			.startsWith("The recall campaign is open: 1,200 owners are being e-mailed.");
		assertThat(messages.getMessage("registry.import.completedNote", new Object[] { 1, 0, "Northfield" },
				java.util.Locale.ENGLISH))
			.contains("statuses of 1 unit changed and no units got");
	}
}
