package com.warrantyportal.claim.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.infrastructure.validation.PlausibleDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file-a-claim form. {@code token} is the form's one-time token: the same form never makes two claims, and the
 * photos chosen before a preview or a message are kept with it until the claim is filed.
 */
public class ClaimForm {

	/** What the new-claim page hands out (a UUID) and looks like it: letters, digits and dashes, fitting its column. */
	private static final Pattern USABLE_TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,40}");

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

	/** The files kept with this form that the page listed (so a form sent twice at once files the same ones). */
	private List<Long> keptFiles = new ArrayList<>();

	/** The kept files the owner ticked to remove. */
	private List<Long> removeFiles = new ArrayList<>();

	/** Whether the token looks like one the new-claim page hands out; anything else is replaced by a new one. */
	boolean hasUsableToken() {
		return token != null && USABLE_TOKEN.matcher(token).matches();
	}

	/** The kept files to file with the claim: those the page listed, less those ticked for removal. */
	List<Long> filesToFile() {
		return keptFiles == null ? List.of()
				: keptFiles.stream().filter(id -> id != null && (removeFiles == null || !removeFiles.contains(id)))
					.distinct()
					.toList();
	}

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

	public List<Long> getKeptFiles() {
		return keptFiles;
	}

	public void setKeptFiles(List<Long> keptFiles) {
		this.keptFiles = keptFiles;
	}

	public List<Long> getRemoveFiles() {
		return removeFiles;
	}

	public void setRemoveFiles(List<Long> removeFiles) {
		this.removeFiles = removeFiles;
	}
}
