package com.warrantyportal.registration;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.web.multipart.MultipartFile;

/** What an owner asks for when registering a product; already checked for presence and length by the form. */
public record RegisterProduct(long ownerId, long modelId, String serial, LocalDate purchaseDate, String retailer,
		BigDecimal price, MultipartFile proof) {
}
