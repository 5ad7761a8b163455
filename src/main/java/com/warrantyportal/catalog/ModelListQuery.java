package com.warrantyportal.catalog;

/**
 * What the administrator's model list shows: a search (prefix of a model number or of a name), a manufacturer, the
 * models on sale or retired, and the position after which the page starts (keyset).
 */
public record ModelListQuery(String text, Long manufacturerId, Status status, String afterKey, Long afterId) {

	public static final int PAGE_SIZE = 50;

	/** Which models the list shows. */
	public enum Status {
		ACTIVE, RETIRED, ALL
	}

	public ModelListQuery {
		text = text == null ? "" : text.strip();
		status = status == null ? Status.ACTIVE : status;
		if (afterKey == null || afterId == null) {
			afterKey = null;
			afterId = null;
		}
	}

	/** A page of models and, when there are more, where the next page starts. */
	public record Page(java.util.List<ProductModel> models, ProductModel last, boolean hasNext) {
	}
}
