package com.warrantyportal.catalog;

/**
 * An administrator's change the catalogue does not accept, with the form field it concerns (or none for the whole
 * form) and the message key that says why in words.
 */
public class CatalogChangeRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public CatalogChangeRefused(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	/** A change made on a version of the record someone else has changed since. */
	public static CatalogChangeRefused conflict() {
		return new CatalogChangeRefused(null, "catalog.conflict");
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArgs() {
		return args;
	}
}
