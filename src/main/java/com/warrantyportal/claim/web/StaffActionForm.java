package com.warrantyportal.claim.web;

/**
 * What every staff action on a claim posts: the claim's version as the page showed it, so an action on a claim
 * someone else changed since is refused.
 */
public abstract class StaffActionForm {

	private long version;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
