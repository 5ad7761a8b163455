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
	MODEL_MISMATCH;

	/**
	 * What the manufacturer's registry says of a serial of the given model: nothing to check when it keeps no registry,
	 * {@link #UNKNOWN} when the serial is not listed, {@link #MODEL_MISMATCH} when listed under another model.
	 */
	public static SerialStatus fromRegistry(boolean keepsRegistry, java.util.Optional<SerialRegistryEntry> entry,
			long modelId) {
		if (!keepsRegistry) {
			return OK;
		}
		return entry.map(e -> e.getModelId() == modelId ? OK : MODEL_MISMATCH).orElse(UNKNOWN);
	}
}
