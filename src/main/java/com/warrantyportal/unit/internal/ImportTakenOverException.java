package com.warrantyportal.unit.internal;

/**
 * The import changed since this worker last wrote it (marked interrupted after a silence, resumed by someone): this
 * worker must stop, and what it was about to write is not kept.
 */
public class ImportTakenOverException extends RuntimeException {

	public ImportTakenOverException(long importId) {
		super("Registry import " + importId + " was taken over; this worker stops");
	}
}
