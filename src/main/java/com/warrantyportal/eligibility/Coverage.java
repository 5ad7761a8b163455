package com.warrantyportal.eligibility;

public enum Coverage {
	FULL, PARTS_ONLY, RECALL, NONE
}
