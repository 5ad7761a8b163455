package com.warrantyportal.claim.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.infrastructure.validation.PlausibleDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The file-a-claim form. {@code token} is the form's one-time token: the same form never makes two claims. */
public class ClaimForm {

	@NotNull(message = "{claim.failureDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate failureDate;

	@NotBlank(message = "{claim.component.required}")
	private String component;

	@NotNull(message = "{claim.cause.required}")
	private OwnerCause cause;

	@NotBlank(message = "{claim.description.required}")
	@Size(min = 20, max = 5000, message = "{claim.description.length}")
	private String description;

	private List<MultipartFile> photos = new ArrayList<>();

	private String token;

	public LocalDate getFailureDate() {
		return failureDate;
	}

	public void setFailureDate(LocalDate failureDate) {
		this.failureDate = failureDate;
	}

	public String getComponent() {
		return component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public OwnerCause getCause() {
		return cause;
	}

	public void setCause(OwnerCause cause) {
		this.cause = cause;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<MultipartFile> getPhotos() {
		return photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
