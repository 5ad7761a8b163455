package com.warrantyportal.portal.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A manufacturer registers URLs that receive its claims' status changes, signed and retried (docs/webhooks.md). */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Claim status changes pushed to a manufacturer's URL; manufacturer token.")
@SecurityRequirement(name = "token")
class WebhooksApi {

	private final Webhooks webhooks;

	private final IdempotentRequests idempotent;

	WebhooksApi(Webhooks webhooks, IdempotentRequests idempotent) {
		this.webhooks = webhooks;
		this.idempotent = idempotent;
	}

	/** Where to send the changes. */
	public record NewWebhook(
			@Schema(example = "https://erp.example.com/warranty/hooks") @NotBlank(message = "Give the URL to send to.") String url) {
	}

	@PostMapping
	@Operation(summary = "Register a webhook", description = """
			From now on every status change of a claim on your units is POSTed to the URL as JSON
			(`{"event":"claim.status_changed","deliveryId":…,"claim":{"number","status","previousStatus","modelNumber",
			"serial","changedAt"}}`), signed in `X-Warranty-Signature: sha256=HEX`: the HMAC-SHA256 of
			`X-Warranty-Timestamp + "." + body` with the `secret` answered here, once. At most 5 webhooks.""")
	ResponseEntity<?> register(@AuthenticationPrincipal ApiPrincipal client,
			@Parameter(example = "hook-erp-1") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody NewWebhook request) {
		long manufacturerId = client.writableManufacturer();
		return idempotent.once(client, key, request, () -> {
			Webhooks.Registered registered = webhooks.register(client, manufacturerId, request.url());
			return ResponseEntity.status(HttpStatus.CREATED)
				.location(URI.create("/api/v1/webhooks/" + registered.id()))
				.body(registered);
		});
	}

	@GetMapping
	@Operation(summary = "List your webhooks", description = "Each with its deliveries pending, delivered and failed.")
	List<Webhooks.WebhookView> list(@AuthenticationPrincipal ApiPrincipal client) {
		return webhooks.of(client.writableManufacturer());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a webhook", description = "It receives nothing more; its deliveries go with it.")
	ResponseEntity<Void> remove(@AuthenticationPrincipal ApiPrincipal client,
			@Parameter(example = "3") @PathVariable long id) {
		if (!webhooks.remove(client, client.writableManufacturer(), id)) {
			throw ApiProblem.notFound("You have no webhook " + id + ".");
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "A webhook's latest deliveries", description = """
			The latest 50, newest first: status (PENDING, DELIVERED, FAILED), attempts, the last answer's status code
			or error, and when it is tried next.""")
	List<Webhooks.Delivery> deliveries(@AuthenticationPrincipal ApiPrincipal client,
			@Parameter(example = "3") @PathVariable long id) {
		long manufacturerId = client.writableManufacturer();
		if (!webhooks.exists(manufacturerId, id)) {
			throw ApiProblem.notFound("You have no webhook " + id + ".");
		}
		return webhooks.deliveries(manufacturerId, id);
	}
}
