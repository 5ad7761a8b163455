package com.warrantyportal.portal.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.unit.RegistryFileRejectedException;
import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
 * A manufacturer pushes its serial registry in batches of up to 10,000 rows: each batch becomes a registry import, as
 * an uploaded file does (same upserts, same rejected lines, same background worker; docs/registry-import.md), and its
 * status is read back until it is done.
 */
@RestController
@RequestMapping("/api/v1/registry/batches")
@Tag(name = "Serial registry", description = "A manufacturer's serial registry, upserted in batches; manufacturer token.")
@SecurityRequirement(name = "token")
class RegistryApi {

	static final int MAX_ROWS = 10_000;

	private final RegistryImports imports;

	private final IdempotentRequests idempotent;

	RegistryApi(RegistryImports imports, IdempotentRequests idempotent) {
		this.imports = imports;
		this.idempotent = idempotent;
	}

	/** One unit the manufacturer built. */
	public record RegistryRow(@Schema(example = "2114LK0062521") @NotNull(message = "Give the serial.") String serial,
			@Schema(example = "NF-FR500") @NotNull(message = "Give the model number.") String modelNumber,
			@Schema(example = "2021-04-06") LocalDate manufactureDate, @Schema(example = "2021-04-20") LocalDate shipDate,
			@Schema(example = "UK") String region) {
	}

	/** A batch of rows to upsert. */
	public record RegistryBatch(@NotEmpty(message = "Send at least one row.")
	@Size(max = MAX_ROWS, message = "Send at most 10000 rows a batch.") List<@Valid RegistryRow> rows) {
	}

	/** Where a batch stands. {@code status} is QUEUED, RUNNING, COMPLETED, FAILED or INTERRUPTED. */
	public record BatchStatus(long id, String status, long rowsExpected, long rowsRead, long rowsLoaded,
			long rowsRejected, int percent, String problem, List<RegistryImports.RejectedLineView> firstRejectedRows) {
	}

	@PostMapping
	@Operation(summary = "Upsert a batch of registry rows", description = """
			Queues the rows as a registry import: a serial not in the registry is added, a changed one updated, an equal
			one left alone; bad rows are rejected with their reason and the rest loaded. Answers 202 with the batch's
			status and its `Location`; read it until `status` is `COMPLETED`. Send an `Idempotency-Key` so that a retry
			does not queue the batch twice. Example body: `{"rows":[{"serial":"2114LK0062521","modelNumber":"NF-FR500",
			"manufactureDate":"2021-04-06"}]}`.""")
	ResponseEntity<?> upsert(@AuthenticationPrincipal ApiPrincipal client,
			@Parameter(example = "batch-2026-11-26-0001") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody RegistryBatch batch) {
		long manufacturerId = client.writableManufacturer();
		return idempotent.once(client, key, batch, () -> {
			byte[] csv = csv(batch.rows());
			try {
				RegistryImport started = imports.start(manufacturerId, "api-batch.csv", new ByteArrayInputStream(csv),
						client.actor());
				return ResponseEntity.status(HttpStatus.ACCEPTED)
					.location(URI.create("/api/v1/registry/batches/" + started.getId()))
					.body(status(started, List.of()));
			}
			catch (RegistryFileRejectedException ex) {
				if (ex.isStoreFailure()) {
					throw ApiProblem.unavailable("The batch could not be kept just now; send it again in a few minutes.");
				}
				throw ApiProblem.invalid("rows", "The rows could not be read as registry rows.");
			}
		});
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a batch's status", description = "How far the batch got, and its first rejected rows.")
	BatchStatus read(@AuthenticationPrincipal ApiPrincipal client, @Parameter(example = "42") @PathVariable long id) {
		long manufacturerId = client.writableManufacturer();
		return imports.progress(manufacturerId, id)
			.map(progress -> status(progress.registryImport(), progress.firstRejectedLines()))
			.orElseThrow(() -> ApiProblem.notFound("You have no registry batch " + id + "."));
	}

	private static BatchStatus status(RegistryImport found, List<RegistryImports.RejectedLineView> rejected) {
		return new BatchStatus(found.getId(), found.getStatus().name(), found.getRowsExpected(), found.getRowsRead(),
				found.getRowsLoaded(), found.getRowsRejected(), found.getPercent(), found.getProblem(), rejected);
	}

	/** The rows as the registry file docs/registry-import.md describes. */
	private static byte[] csv(List<RegistryRow> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("serial", "model_number", "manufacture_date", "ship_date", "region")
			.setRecordSeparator("\n")
			.get())) {
			for (RegistryRow row : rows) {
				printer.printRecord(row.serial(), row.modelNumber(), text(row.manufactureDate()), text(row.shipDate()),
						row.region() == null ? "" : row.region());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
