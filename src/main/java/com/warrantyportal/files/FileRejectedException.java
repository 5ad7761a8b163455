package com.warrantyportal.files;

/** An upload the portal will not keep, with the message key that tells the user why. */
public class FileRejectedException extends RuntimeException {

	private final String messageKey;

	private final String fileName;

	public FileRejectedException(String messageKey, String fileName) {
		super(messageKey + ": " + fileName);
		this.messageKey = messageKey;
		this.fileName = fileName;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public String getFileName() {
		return fileName;
	}
}
