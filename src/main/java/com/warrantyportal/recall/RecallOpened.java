package com.warrantyportal.recall;

import java.util.List;

/** A campaign opened; the owners of the units it covers (or possibly covers) are to be told, each once. */
public record RecallOpened(long campaignId, String title, String component, String remedy,
		List<RecallCoverage.Owner> owners) {
}
