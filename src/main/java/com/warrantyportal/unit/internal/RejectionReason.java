package com.warrantyportal.unit.internal;

/** Why a line of a registry file was not loaded; each has its words under {@code registry.reject.} in the messages. */
public enum RejectionReason {
	FIELD_COUNT, EMPTY_SERIAL, SERIAL_TOO_LONG, EMPTY_MODEL, UNKNOWN_MODEL, BAD_MANUFACTURE_DATE, BAD_SHIP_DATE,
	SHIP_BEFORE_MANUFACTURE, REGION_TOO_LONG, DUPLICATE;

	public String messageKey() {
		return "registry.reject." + name();
	}
}
