package com.warrantyportal.unit;

/** An uploaded registry file that cannot be imported at all (no header, unknown columns …), with why in words. */
public class RegistryFileRejectedException extends RuntimeException {

	/** Not the file's fault: the file store did not take it. */
	public static final String NOT_KEPT = "registry.file.notKept";

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

	/** Whether the same file may be sent again later as it is. */
	public boolean isStoreFailure() {
		return NOT_KEPT.equals(messageKey);
	}

	public Object[] getArguments() {
		return arguments.clone();
	}
}
