package com.warrantyportal.registration;

/** A transfer of a unit reported stolen or lost cannot complete: it waits until the unit is found again. */
public class TransferFrozenException extends RuntimeException {

	public TransferFrozenException() {
		super("The unit is reported stolen or lost", null, false, false);
	}
}
