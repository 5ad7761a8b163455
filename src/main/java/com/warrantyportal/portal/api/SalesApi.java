package com.warrantyportal.portal.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.registration.RetailSale;
import com.warrantyportal.registration.RetailSales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A retailer registers a unit it sold for the buyer, at the till: the buyer is mailed an invitation to add it to their
 * account, where it is registered by the same rules as the registration form ({@link RetailSales}).
 */
@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "Sales", description = "A retailer registers the units it sells for their buyers; retailer token.")
@SecurityRequirement(name = "token")
class SalesApi {

	private final RetailSales sales;

	private final CatalogService catalog;

	private final IdempotentRequests idempotent;

	private final Clock clock;

	SalesApi(RetailSales sales, CatalogService catalog, IdempotentRequests idempotent, Clock clock) {
		this.sales = sales;
		this.catalog = catalog;
		this.idempotent = idempotent;
		this.clock = clock;
	}

	/** A unit sold. The model is found by its number (and the manufacturer's name where several share it). */
	public record NewSale(
			@Schema(example = "2114LK0062521") @NotBlank(message = "Give the serial printed on the unit's label.") @Size(max = 64, message = "A serial number has at most 64 characters.") String serial,
			@Schema(example = "NF-FR500") @NotBlank(message = "Give the model number.") @Size(max = 64, message = "A model number has at most 64 characters.") String modelNumber,
			@Schema(example = "Northfield", description = "Needed only when several manufacturers use the model number") @Size(max = 200) String manufacturer,
			@Schema(example = "2026-11-26") @NotNull(message = "Give the date of the sale.") @PastOrPresent(message = "The date of the sale cannot be in the future.") LocalDate purchaseDate,
			@Schema(example = "899.00") @DecimalMin(value = "0", message = "Give the price as an amount of 0 or more.") @Digits(integer = 10, fraction = 2, message = "Give the price with at most two decimals.") BigDecimal price,
			@Schema(example = "TILL-4-000123") @Size(max = 100, message = "A receipt reference has at most 100 characters.") String receiptReference,
			@Schema(example = "buyer@example.com") @NotBlank(message = "Give the buyer's e-mail address.") @Email(message = "Give the buyer's e-mail address, like name@example.com.") @Size(max = 254, message = "An e-mail address has at most 254 characters.") String buyerEmail) {
	}

	/** A sale as the API answers it. {@code state}: INVITED, ACCEPTED (in the buyer's account) or EXPIRED. */
	public record Sale(long id, String state, String manufacturer, String modelNumber, String serial,
			LocalDate purchaseDate, String buyerEmail, Instant invitationExpiresAt, Instant acceptedAt) {
	}

	@PostMapping
	@Operation(summary = "Register a sold unit for its buyer", description = """
			Records the sale and mails the buyer an invitation to add the product to their account (signed in with
			that address). Answers 201 with the sale and its `Location`. Send an `Idempotency-Key` (say, the till
			receipt's number) so that a retry does not invite the buyer twice. Example body:
			`{"serial":"2114LK0062521","modelNumber":"NF-FR500","purchaseDate":"2026-11-26","price":899.00,
			"receiptReference":"TILL-4-000123","buyerEmail":"buyer@example.com"}`.""")
	ResponseEntity<?> record(@AuthenticationPrincipal ApiPrincipal client,
			@Parameter(example = "TILL-4-000123") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody NewSale sale) {
		client.requireRetailer();
		return idempotent.once(client, key, sale, () -> {
			ProductModel model = model(sale);
			RetailSale recorded = sales.record(new RetailSales.NewSale(client.clientId(), client.organisation(),
					model.getId(), sale.serial(), sale.purchaseDate(), sale.price(), sale.receiptReference(),
					sale.buyerEmail(), client.actor()));
			return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/sales/" + recorded.getId()))
				.body(view(recorded, model));
		});
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a sale", description = "Whether the buyer has added the product to their account yet.")
	Sale read(@AuthenticationPrincipal ApiPrincipal client, @Parameter(example = "7") @PathVariable long id) {
		client.requireRetailer();
		RetailSale sale = sales.find(client.clientId(), id)
			.orElseThrow(() -> ApiProblem.notFound("You have no sale " + id + "."));
		return view(sale, catalog.findModel(sale.getModelId()).orElseThrow());
	}

	private ProductModel model(NewSale sale) {
		List<ProductModel> numbered = catalog.findModelsNumbered(ModelNumber.of(sale.modelNumber()));
		if (sale.manufacturer() != null && !sale.manufacturer().isBlank()) {
			Long makerId = catalog.findManufacturerNamed(sale.manufacturer().strip()).map(Manufacturer::getId)
				.orElseThrow(() -> ApiProblem.invalid("manufacturer", "No manufacturer of that name is known."));
			numbered = numbered.stream().filter(model -> model.getManufacturerId().equals(makerId)).toList();
		}
		if (numbered.isEmpty()) {
			throw ApiProblem.invalid("modelNumber", "No model with this number is in the catalogue.");
		}
		if (numbered.size() > 1) {
			throw ApiProblem.invalid("manufacturer", "Several manufacturers use this model number: give the manufacturer.");
		}
		return numbered.get(0);
	}

	private Sale view(RetailSale sale, ProductModel model) {
		String maker = catalog.findManufacturer(model.getManufacturerId()).map(Manufacturer::getName).orElse("");
		return new Sale(sale.getId(), sale.stateAt(clock.instant()).name(), maker, model.getModelNumber(),
				sale.getSerial(), sale.getPurchaseDate(), sale.getBuyerEmail(), sale.getExpiresAt(), sale.getAcceptedAt());
	}
}
