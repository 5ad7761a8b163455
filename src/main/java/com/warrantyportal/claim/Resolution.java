package com.warrantyportal.claim;

/** How an approved claim is remedied. */
public enum Resolution {
	REPAIR, REPLACE, REFUND
}
