package com.warrantyportal.unit;

/** An uploaded registry file that cannot be imported at all (no header, unknown columns …), with why in words. */
public class RegistryFileRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RegistryFileRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Key of the explanation in {@code messages/registry.properties}. */
	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.clone();
	}
}
