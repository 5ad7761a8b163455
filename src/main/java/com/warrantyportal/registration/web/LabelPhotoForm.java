package com.warrantyportal.registration.web;

import org.springframework.web.multipart.MultipartFile;

/** The owner's photo of the serial label: one JPEG or PNG file, checked by its content when stored. */
public class LabelPhotoForm {

	private MultipartFile photo;

	public MultipartFile getPhoto() {
		return photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}
}
