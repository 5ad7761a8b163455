package com.warrantyportal.registration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not one of the signed-in owner's products: answered as 404, exactly like an id that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProductNotFoundException extends RuntimeException {

	public ProductNotFoundException() {
		super("No such product for this owner");
	}
}
