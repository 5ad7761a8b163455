package com.warrantyportal.unit;

/** An extended plan the unit cannot take, with the form field it concerns and the message key that says why. */
public class ExtendedPlanRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ExtendedPlanRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}
}
