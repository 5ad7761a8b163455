package com.warrantyportal.claim;

/** A staff action that the rules do not allow as asked; the message key says why, in staff's words. */
public class StaffActionRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public StaffActionRefusedException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArgs() {
		return args;
	}
}
