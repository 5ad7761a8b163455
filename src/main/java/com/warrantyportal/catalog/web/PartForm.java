package com.warrantyportal.catalog.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A spare part as an administrator adds it to a model. */
public class PartForm {

	@NotBlank(message = "{part.number.required}")
	@Size(max = 64, message = "{part.number.size}")
	private String partNumber;

	@NotBlank(message = "{part.name.required}")
	@Size(max = 160, message = "{part.name.size}")
	private String name;

	@Size(max = 64, message = "{part.component.size}")
	private String component;

	@DecimalMin(value = "0.00", message = "{part.price.range}")
	@DecimalMax(value = "9999999999.99", message = "{part.price.range}")
	@Digits(integer = 10, fraction = 2, message = "{part.price.digits}")
	private BigDecimal price;

	@Pattern(regexp = "^[A-Za-z]{3}$", message = "{part.currency.invalid}")
	private String currency = "GBP";

	public String getPartNumber() {
		return partNumber;
	}

	public void setPartNumber(String partNumber) {
		this.partNumber = partNumber;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getComponent() {
		return component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
