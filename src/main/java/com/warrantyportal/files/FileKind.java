package com.warrantyportal.files;

import java.util.Arrays;
import java.util.Optional;

/** The file types the portal accepts, recognised by their first bytes rather than their name. */
public enum FileKind {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

	private final String contentType;

	private final String extension;

	FileKind(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** Whether a file name ending in this extension (lower case, without the dot) says what this kind is. */
	public boolean fitsExtension(String extension) {
		return this.extension.equals(extension) || (this == JPEG && "jpeg".equals(extension));
	}

	public boolean isImage() {
		return this != PDF;
	}

	public static Optional<FileKind> ofContentType(String contentType) {
		return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
	}

	/** Recognises the type from the file's first bytes (its "magic number"), or empty when it is none of ours. */
	public static Optional<FileKind> detect(byte[] head) {
		if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] data, int offset, int... expected) {
		if (data.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((data[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
