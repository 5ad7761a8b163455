package com.warrantyportal.eligibility;

/**
 * What the rules need to know of a unit's serial: fine, reported stolen, unknown to its manufacturer's registry, or
 * listed there under another model. The engine's own words, so it depends on no other module; callers translate the
 * unit's serial status ({@link #valueOf(String)} of its name).
 */
public enum SerialState {
	OK, STOLEN, UNKNOWN, MODEL_MISMATCH
}
