package com.warrantyportal.portal.api;

/**
 * What an API token may do. Every token may check a serial. A retailer registers the units it sells for their buyers;
 * a manufacturer pushes its serial registry and recalls and reads its models' claims; a read-only token only reads
 * (its manufacturer's claims, recalls and imports, when it has one).
 */
public enum ApiScope {

	RETAILER, MANUFACTURER, READ_ONLY;

	/** Whether the scope is tied to a manufacturer: always for a manufacturer, optionally for a reader, never else. */
	public boolean needsManufacturer() {
		return this == MANUFACTURER;
	}

	public boolean mayHaveManufacturer() {
		return this != RETAILER;
	}
}
