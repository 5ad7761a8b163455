package com.warrantyportal.catalog.web;

import com.warrantyportal.catalog.ModelDocument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A manual or other document of a model: a PDF to upload, or a link to the manufacturer's copy. */
public class DocumentForm {

	@NotBlank(message = "{document.title.required}")
	@Size(max = 160, message = "{document.title.size}")
	private String title;

	@NotNull(message = "{document.kind.required}")
	private ModelDocument.Kind kind = ModelDocument.Kind.MANUAL;

	/** Only https links: owners open them from the portal. */
	@Size(max = 1000, message = "{document.url.size}")
	@Pattern(regexp = "^$|^https://[^\\s/$.?#][^\\s]*$", flags = Pattern.Flag.CASE_INSENSITIVE,
			message = "{document.url.invalid}")
	private String url;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ModelDocument.Kind getKind() {
		return kind;
	}

	public void setKind(ModelDocument.Kind kind) {
		this.kind = kind;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url == null ? null : url.strip();
	}
}
