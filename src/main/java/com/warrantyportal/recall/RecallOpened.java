package com.warrantyportal.recall;

/**
 * A campaign opened; the owners of the units it covers (or possibly covers) are to be told, each once
 * ({@link Recalls#ownersToTell}).
 */
public record RecallOpened(long campaignId, String title, String component, String remedy) {
}
