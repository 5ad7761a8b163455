package com.warrantyportal.registration.web;

import com.warrantyportal.registration.ProductDocument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A PDF the owner keeps with a product, under a title of their own. */
public class DocumentForm {

	@NotBlank(message = "{deviceBook.document.title.required}")
	@Size(max = ProductDocument.TITLE_MAX_LENGTH, message = "{deviceBook.document.title.tooLong}")
	private String title;

	private MultipartFile file;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
