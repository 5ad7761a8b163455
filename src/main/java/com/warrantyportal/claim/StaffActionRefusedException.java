package com.warrantyportal.claim;

/** A staff action that the rules do not allow as asked; the message key says why, in staff's words. */
public class StaffActionRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	/** The form field the refusal concerns, or null when it concerns the action as a whole. */
	private final String field;

	public StaffActionRefusedException(String messageKey, Object... args) {
		this(null, messageKey, args);
	}

	private StaffActionRefusedException(String field, String messageKey, Object[] args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	/** A refusal the page shows beside one field of the action's form. */
	public static StaffActionRefusedException onField(String field, String messageKey, Object... args) {
		return new StaffActionRefusedException(field, messageKey, args);
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
