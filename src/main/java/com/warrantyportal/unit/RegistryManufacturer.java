package com.warrantyportal.unit;

/** A manufacturer as registry imports see it: who it is and whether it keeps a serial registry. */
public final class RegistryManufacturer {

	private final long id;

	private final String name;

	private final boolean keepsRegistry;

	public RegistryManufacturer(long id, String name, boolean keepsRegistry) {
		this.id = id;
		this.name = name;
		this.keepsRegistry = keepsRegistry;
	}

	public long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public boolean isKeepsRegistry() {
		return keepsRegistry;
	}
}
