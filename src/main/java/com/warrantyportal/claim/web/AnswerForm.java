package com.warrantyportal.claim.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** The owner's answer to a request for information. */
public class AnswerForm {

	private long version;

	@NotBlank(message = "{claim.answer.required}")
	@Size(max = 5000, message = "{claim.answer.tooLong}")
	private String answer;

	private List<MultipartFile> files = new ArrayList<>();

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
