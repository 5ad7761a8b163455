package com.warrantyportal.unit;

/** What the portal knows about a serial number, beyond who owns it. */
public enum SerialStatus {
	/** Nothing against it. */
	OK,
	/** Reported stolen or lost by its owner or the police. */
	STOLEN,
	/** The manufacturer keeps a registry and this serial is not in it. */
	UNKNOWN,
	/** The manufacturer's registry lists this serial under another model. */
	MODEL_MISMATCH
}
