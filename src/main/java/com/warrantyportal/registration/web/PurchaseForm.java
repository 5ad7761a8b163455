package com.warrantyportal.registration.web;

/**
 * The edit form: purchase details only, with the version the owner loaded. Serial and model are facts of the unit;
 * a wrong one means re-registering.
 */
public class PurchaseForm extends PurchaseFields {

	private long version;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
