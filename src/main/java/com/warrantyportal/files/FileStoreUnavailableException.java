package com.warrantyportal.files;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The file store did not answer (a bucket that is down, refuses the keys, or times out): try again later. */
public class FileStoreUnavailableException extends UncheckedIOException {

	public FileStoreUnavailableException(IOException cause) {
		super(cause.getMessage(), cause);
	}
}
