package com.warrantyportal.unit.web;

import com.warrantyportal.infrastructure.web.TemplateHelper;
import com.warrantyportal.unit.SerialNumber;

/**
 * Serial numbers as pages show them: one canonical form everywhere (upper case, no spaces or dashes: the form the
 * portal compares serials in), with what the owner typed beside it where that differs ({@code 2411NF00042},
 * typed as {@code 2411-nf-00042}). Used by the {@code fragments/badges :: serial} fragment.
 */
@TemplateHelper("serials")
public class SerialDisplay {

	public String canonical(String serial) {
		return SerialNumber.normalise(serial);
	}

	/** Whether the serial as typed differs from its canonical form enough to show it too. */
	public boolean typedDiffers(String serial) {
		return serial != null && !serial.strip().equals(canonical(serial));
	}
}
