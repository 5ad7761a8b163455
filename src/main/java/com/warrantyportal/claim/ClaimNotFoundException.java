package com.warrantyportal.claim;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not one of the signed-in owner's claims (or no such claim): answered as 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ClaimNotFoundException extends RuntimeException {

	public ClaimNotFoundException() {
		super("No such claim");
	}
}
