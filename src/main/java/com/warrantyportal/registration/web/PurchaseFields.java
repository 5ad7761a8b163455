package com.warrantyportal.registration.web;

import com.warrantyportal.infrastructure.validation.PlausibleDate;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The purchase details both product forms ask for: date, shop, price and the receipt. */
abstract class PurchaseFields {

	@NotNull(message = "{product.purchaseDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate purchaseDate;

	@NotBlank(message = "{product.retailer.required}")
	@Size(max = 160, message = "{product.retailer.tooLong}")
	private String retailer;

	@DecimalMin(value = "0.00", message = "{product.price.negative}")
	@DecimalMax(value = "9999999999.99", message = "{product.price.tooLarge}")
	@Digits(integer = 10, fraction = 2, message = "{product.price.digits}")
	private BigDecimal price;

	private MultipartFile proof;

	public LocalDate getPurchaseDate() {
		return purchaseDate;
	}

	public void setPurchaseDate(LocalDate purchaseDate) {
		this.purchaseDate = purchaseDate;
	}

	public String getRetailer() {
		return retailer;
	}

	public void setRetailer(String retailer) {
		this.retailer = retailer;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public MultipartFile getProof() {
		return proof;
	}

	public void setProof(MultipartFile proof) {
		this.proof = proof;
	}
}
