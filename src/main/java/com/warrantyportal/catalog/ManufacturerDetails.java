package com.warrantyportal.catalog;

/** Who a manufacturer is and how owners reach it, as an administrator enters it. */
public record ManufacturerDetails(String name, String website, String supportEmail, String supportPhone,
		boolean keepsRegistry) {

	public ManufacturerDetails {
		name = name == null ? null : name.strip();
		website = blankToNull(website);
		supportEmail = blankToNull(supportEmail);
		supportPhone = blankToNull(supportPhone);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	@Override
	public String toString() {
		return name + (website == null ? "" : ", " + website) + (supportEmail == null ? "" : ", " + supportEmail)
				+ (supportPhone == null ? "" : ", " + supportPhone) + (keepsRegistry ? ", keeps a serial registry" : "");
	}
}
