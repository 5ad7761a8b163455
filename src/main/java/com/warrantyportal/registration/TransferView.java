package com.warrantyportal.registration;

import java.time.Instant;
import java.time.LocalDate;

/** A transfer request as the owners' pages show it. The other owner's identity is never shown. */
public record TransferView(long id, String modelNumber, String modelName, String serial, LocalDate purchaseDate,
		String retailer, TransferRequest.Status status, Instant requestedAt) {
}
