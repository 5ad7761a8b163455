package com.warrantyportal.registration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The register-a-product form. The proof of purchase is optional: without it, coverage counts from manufacture. */
public class ProductForm extends PurchaseFields {

	@NotNull(message = "{product.model.required}")
	private Long modelId;

	@NotBlank(message = "{product.serial.required}")
	@Size(max = 64, message = "{product.serial.tooLong}")
	private String serial;

	public Long getModelId() {
		return modelId;
	}

	public void setModelId(Long modelId) {
		this.modelId = modelId;
	}

	public String getSerial() {
		return serial;
	}

	public void setSerial(String serial) {
		this.serial = serial;
	}
}
