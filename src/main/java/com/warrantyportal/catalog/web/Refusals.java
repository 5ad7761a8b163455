package com.warrantyportal.catalog.web;

import com.warrantyportal.catalog.CatalogChangeRefused;

import org.springframework.validation.BindingResult;

/** Puts the catalogue's refusal beside the field it concerns, or above the form when it concerns the whole. */
final class Refusals {

	private Refusals() {
	}

	static void reject(BindingResult result, CatalogChangeRefused refused) {
		if (refused.getField() == null) {
			result.reject(refused.getMessageKey(), refused.getArgs(), null);
		}
		else {
			result.rejectValue(refused.getField(), refused.getMessageKey(), refused.getArgs(), null);
		}
	}
}
