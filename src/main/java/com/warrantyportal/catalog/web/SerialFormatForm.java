package com.warrantyportal.catalog.web;

import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.SerialFormat;
import com.warrantyportal.catalog.SerialFormatAdmin;
import com.warrantyportal.catalog.SerialPattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A serial format as an administrator types it, with sample serials to try it on before saving. */
public class SerialFormatForm {

	/** The number of the one model the format is for; empty for every model of the manufacturer. */
	@Size(max = ModelNumber.MAX_LENGTH, message = "{serialFormat.model.unknown}")
	private String modelNumber;

	@NotBlank(message = "{serialFormat.pattern.required}")
	@Size(max = SerialPattern.MAX_LENGTH, message = "{serialFormat.pattern.tooLongField}")
	private String pattern;

	@NotBlank(message = "{serialFormat.example.required}")
	@Size(max = SerialPattern.MAX_SERIAL_LENGTH, message = "{serialFormat.example.tooLong}")
	private String example;

	@Size(max = 255, message = "{serialFormat.description.tooLong}")
	private String description;

	@Size(max = 5000, message = "{serialFormat.samples.tooLong}")
	private String samples;

	/** The version of the format being changed, as the administrator loaded it. */
	private Long version;

	static SerialFormatForm of(SerialFormat format, String modelNumber) {
		SerialFormatForm form = new SerialFormatForm();
		form.setModelNumber(modelNumber);
		form.setPattern(format.getPattern());
		form.setExample(format.getExample());
		form.setDescription(format.getDescription());
		form.setSamples(format.getExample());
		form.setVersion(format.getVersion());
		return form;
	}

	/** The format as typed, for the model the typed number names (null: every model). */
	SerialFormatAdmin.Draft toDraft(Long modelId) {
		return new SerialFormatAdmin.Draft(modelId, pattern == null ? null : pattern.strip(), example, description);
	}

	public String getModelNumber() {
		return modelNumber;
	}

	public void setModelNumber(String modelNumber) {
		this.modelNumber = modelNumber;
	}

	public String getPattern() {
		return pattern;
	}

	public void setPattern(String pattern) {
		this.pattern = pattern;
	}

	public String getExample() {
		return example;
	}

	public void setExample(String example) {
		this.example = example;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSamples() {
		return samples;
	}

	public void setSamples(String samples) {
		this.samples = samples;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
