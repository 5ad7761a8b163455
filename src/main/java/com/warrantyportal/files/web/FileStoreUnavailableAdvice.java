package com.warrantyportal.files.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.warrantyportal.files.FileStoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that needs a file while the file store does not answer gets the "temporarily unavailable" page (503), as
 * when the database is down, rather than an error.
 */
@ControllerAdvice
class FileStoreUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(FileStoreUnavailableAdvice.class);

	@ExceptionHandler(FileStoreUnavailableException.class)
	void unavailable(FileStoreUnavailableException ex, HttpServletResponse response) throws IOException {
		log.warn("The file store does not answer: {}", ex.getMessage(), ex.getCause());
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}
}
