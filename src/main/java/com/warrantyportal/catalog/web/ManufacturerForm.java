package com.warrantyportal.catalog.web;

import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ManufacturerDetails;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A manufacturer as an administrator types it. */
public class ManufacturerForm {

	@NotBlank(message = "{manufacturer.name.required}")
	@Size(max = 120, message = "{manufacturer.name.size}")
	private String name;

	@Size(max = 255, message = "{manufacturer.website.size}")
	@Pattern(regexp = "^$|^https?://[^\\s/$.?#][^\\s]*$", flags = Pattern.Flag.CASE_INSENSITIVE,
			message = "{manufacturer.website.invalid}")
	private String website;

	@Size(max = 254, message = "{manufacturer.supportEmail.size}")
	@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{manufacturer.supportEmail.invalid}")
	private String supportEmail;

	@Size(max = 40, message = "{manufacturer.supportPhone.size}")
	@Pattern(regexp = "^[0-9 +()./-]*$", message = "{manufacturer.supportPhone.invalid}")
	private String supportPhone;

	private boolean keepsRegistry;

	private long version;

	public static ManufacturerForm of(Manufacturer manufacturer) {
		ManufacturerForm form = new ManufacturerForm();
		form.name = manufacturer.getName();
		form.website = manufacturer.getWebsite();
		form.supportEmail = manufacturer.getSupportEmail();
		form.supportPhone = manufacturer.getSupportPhone();
		form.keepsRegistry = manufacturer.isKeepsRegistry();
		form.version = manufacturer.getVersion();
		return form;
	}

	public ManufacturerDetails toDetails() {
		return new ManufacturerDetails(name, website, supportEmail, supportPhone, keepsRegistry);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website == null ? null : website.strip();
	}

	public String getSupportEmail() {
		return supportEmail;
	}

	public void setSupportEmail(String supportEmail) {
		this.supportEmail = supportEmail == null ? null : supportEmail.strip();
	}

	public String getSupportPhone() {
		return supportPhone;
	}

	public void setSupportPhone(String supportPhone) {
		this.supportPhone = supportPhone == null ? null : supportPhone.strip();
	}

	public boolean isKeepsRegistry() {
		return keepsRegistry;
	}

	public void setKeepsRegistry(boolean keepsRegistry) {
		this.keepsRegistry = keepsRegistry;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
