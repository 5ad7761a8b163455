package com.warrantyportal.eligibility;

/** Every reason the engine can give, as named in docs/domain.md. */
public enum ReasonCode {
	START_FROM_MANUFACTURE,
	SERIAL_REPORTED_STOLEN,
	SERIAL_NOT_IN_REGISTRY,
	SERIAL_MODEL_MISMATCH,
	RECALL_REMEDY,
	INVALID_DATES,
	NOT_TRANSFERABLE,
	FILED_LATE,
	EXCLUDED_CAUSE,
	LABOUR_EXPIRED,
	WARRANTY_EXPIRED
}
