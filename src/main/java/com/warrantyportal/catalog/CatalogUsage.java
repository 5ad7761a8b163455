package com.warrantyportal.catalog;

import java.util.Map;

/**
 * How much of the catalogue is in use: the units and registry entries that hang on manufacturers and models. The
 * catalogue does not know units; the module that keeps them answers through this interface, so a model with units is
 * retired instead of deleted.
 */
public interface CatalogUsage {

	/** Units and serial registry entries of one manufacturer, or of one model. */
	record Counts(long units, long registryEntries) {

		public static final Counts NONE = new Counts(0, 0);

		public boolean inUse() {
			return units > 0 || registryEntries > 0;
		}
	}

	/** Every manufacturer's counts, to show: they may be up to {@code warranty.counts.fresh-for} (a minute) old. */
	Map<Long, Counts> byManufacturer();

	/** One manufacturer's counts, to show: they may be up to {@code warranty.counts.fresh-for} (a minute) old. */
	Counts ofManufacturer(long manufacturerId);

	/** One model's counts as they are now: what its removal is decided on. */
	Counts ofModel(long modelId);
}
