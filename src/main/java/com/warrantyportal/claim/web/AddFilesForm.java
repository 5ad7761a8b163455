package com.warrantyportal.claim.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import com.warrantyportal.files.FileStorage;

import org.springframework.web.multipart.MultipartFile;

/** Photos or documents an owner adds to an open claim, with an optional note for staff. */
public class AddFilesForm {

	private long version;

	@Size(max = 2000, message = "{claim.addFiles.noteTooLong}")
	private String note;

	private List<MultipartFile> files = new ArrayList<>();

	/** Whether at least one file was chosen (the form is for adding files). */
	boolean anyFileChosen() {
		return files != null && files.stream().anyMatch(FileStorage::isPresent);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
