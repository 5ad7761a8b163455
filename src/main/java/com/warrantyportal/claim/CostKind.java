package com.warrantyportal.claim;

/** What a cost line of an approved claim pays for. Only a refund pays money back to the owner. */
public enum CostKind {

	PARTS, LABOUR, SHIPPING, REFUND
}
