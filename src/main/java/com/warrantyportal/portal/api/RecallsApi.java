package com.warrantyportal.portal.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.Recalls;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A manufacturer's recall campaigns: opened (every owner of a covered unit is told, as when an administrator opens
 * one), read and closed, through the same {@link Recalls} service as the administrators' pages, on its own models only.
 */
@RestController
@RequestMapping("/api/v1/recalls")
@Tag(name = "Recalls", description = "A manufacturer's recall campaigns; open and close need a manufacturer token.")
@SecurityRequirement(name = "token")
class RecallsApi {

	private final Recalls recalls;

	private final CatalogService catalog;

	private final IdempotentRequests idempotent;

	RecallsApi(Recalls recalls, CatalogService catalog, IdempotentRequests idempotent) {
		this.recalls = recalls;
		this.catalog = catalog;
		this.idempotent = idempotent;
	}

	/** A campaign as the manufacturer describes it: its models by model number, optionally narrowed. */
	public record NewRecall(
			@Schema(example = "Door hinge may crack") @NotBlank(message = "{recall.title.required}") @Size(max = 160, message = "{recall.title.required}") String title,
			@Schema(example = "hinge", description = "The component it covers; * or empty for all") @Size(max = 64, message = "{recall.component.tooLong}") String component,
			@Schema(example = "A technician replaces the hinge free of charge.") @NotBlank(message = "{recall.remedy.required}") @Size(max = 1000, message = "{recall.remedy.required}") String remedy,
			@Schema(example = "[\"NF-FR500\"]") @NotEmpty(message = "{recall.models.required}") List<@NotBlank(message = "{recall.models.required}") String> modelNumbers,
			@Schema(example = "2114LK0000000") @Size(max = 64, message = "{product.serial.tooLong}") String serialFrom,
			@Schema(example = "2114LK9999999") @Size(max = 64, message = "{product.serial.tooLong}") String serialTo,
			@Schema(example = "2021-03-01") LocalDate manufacturedFrom, @Schema(example = "2021-06-30") LocalDate manufacturedTo) {
	}

	/** A campaign as the API answers it. */
	public record Recall(long id, String title, String component, String remedy, List<String> modelNumbers,
			String serialFrom, String serialTo, LocalDate manufacturedFrom, LocalDate manufacturedTo, LocalDate openedOn,
			LocalDate closedOn, boolean open, Integer ownersNotified, long version) {
	}

	@PostMapping
	@Operation(summary = "Open a recall campaign", description = """
			Opens a campaign over the manufacturer's models (by model number), optionally narrowed to a serial range or
			a manufacture-date range, and tells every owner of a covered unit by mail. Send an `Idempotency-Key` header so
			that a retry does not open a second campaign. Answers 201 with the campaign and its `Location`.""")
	ResponseEntity<?> open(@AuthenticationPrincipal ApiPrincipal client,
			@Parameter(example = "3f2a9c1e-recall-2026-11") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody NewRecall request) {
		long manufacturerId = client.writableManufacturer();
		return idempotent.once(client, key, request, () -> {
			Set<Long> modelIds = new LinkedHashSet<>();
			List<ApiProblem.FieldError> unknown = new ArrayList<>();
			for (int i = 0; i < request.modelNumbers().size(); i++) {
				String number = request.modelNumbers().get(i);
				catalog.findModel(manufacturerId, ModelNumber.of(number)).map(ProductModel::getId).ifPresentOrElse(
						modelIds::add, () -> unknown.add(new ApiProblem.FieldError("modelNumbers[" + unknown.size() + "]",
								"'" + number + "' is not a model number of your catalogue.")));
			}
			if (!unknown.isEmpty()) {
				throw ApiProblem.invalid(unknown);
			}
			if (request.manufacturedFrom() != null && request.manufacturedTo() != null
					&& request.manufacturedTo().isBefore(request.manufacturedFrom())) {
				throw ApiProblem.invalid("manufacturedTo", "The end of the manufacture dates is before their start.");
			}
			RecallCampaign campaign = recalls.open(new Recalls.NewCampaign(manufacturerId, request.title(),
					request.component(), request.remedy(), modelIds, request.serialFrom(), request.serialTo(),
					request.manufacturedFrom(), request.manufacturedTo()), client.actor());
			return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/recalls/" + campaign.getId()))
				.body(view(campaign));
		});
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a recall campaign")
	Recall read(@AuthenticationPrincipal ApiPrincipal client, @Parameter(example = "12") @PathVariable long id) {
		return view(ownCampaign(client.readableManufacturer(), id));
	}

	/** New wording for an open campaign, naming the version read (409 when it changed since). */
	public record RecallWording(
			@Schema(example = "Door hinge may crack") @NotBlank(message = "{recall.title.required}") @Size(max = 160, message = "{recall.title.required}") String title,
			@Schema(example = "A technician replaces the hinge free of charge, at home.") @NotBlank(message = "{recall.remedy.required}") @Size(max = 1000, message = "{recall.remedy.required}") String remedy,
			@Schema(example = "0") long version) {
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Reword a recall campaign", description = """
			Changes an open campaign's title and remedy. Whom it covers stays as opened. Send the `version` you read;
			a campaign changed since (or closed) answers 409.""")
	Recall reword(@AuthenticationPrincipal ApiPrincipal client, @Parameter(example = "12") @PathVariable long id,
			@Valid @RequestBody RecallWording wording) {
		ownCampaign(client.writableManufacturer(), id);
		return view(recalls.reword(id, wording.version(), wording.title(), wording.remedy(), client.actor()));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a recall campaign", description = """
			Closes the campaign: it stops covering units from today. Closing a closed campaign changes nothing.""")
	Recall close(@AuthenticationPrincipal ApiPrincipal client, @Parameter(example = "12") @PathVariable long id) {
		RecallCampaign campaign = ownCampaign(client.writableManufacturer(), id);
		if (campaign.isOpen()) {
			recalls.close(id, campaign.getVersion(), client.actor());
		}
		return view(recalls.find(id).orElseThrow());
	}

	private RecallCampaign ownCampaign(long manufacturerId, long id) {
		return recalls.find(id)
			.filter(campaign -> campaign.getManufacturerId() == manufacturerId)
			.orElseThrow(() -> ApiProblem.notFound("You have no recall campaign " + id + "."));
	}

	private Recall view(RecallCampaign campaign) {
		List<String> numbers = catalog.findModels(campaign.getModelIds()).values().stream()
			.map(ProductModel::getModelNumber)
			.sorted()
			.toList();
		return new Recall(campaign.getId(), campaign.getTitle(), campaign.getComponent(), campaign.getRemedy(), numbers,
				campaign.getSerialFrom(), campaign.getSerialTo(), campaign.getManufacturedFrom(),
				campaign.getManufacturedTo(), campaign.getOpenedOn(), campaign.getClosedOn(), campaign.isOpen(),
				campaign.getOwnersNotified(), campaign.getVersion());
	}
}
