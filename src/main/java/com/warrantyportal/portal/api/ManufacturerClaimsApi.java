package com.warrantyportal.portal.api;

import java.util.List;

import com.warrantyportal.claim.ClaimChanges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A manufacturer's claims in the order they changed, for keeping its own system in step: each page ends with the
 * cursor of the next, and a sync that stores the last cursor and asks again later gets what changed since. Claims on
 * other manufacturers' models are never answered, and owners' names and addresses never.
 */
@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claims", description = "A manufacturer's claims, changed since a cursor; manufacturer or read-only token.")
@SecurityRequirement(name = "token")
class ManufacturerClaimsApi {

	static final int MAX_LIMIT = 500;

	private final ClaimChanges changes;

	ManufacturerClaimsApi(ClaimChanges changes) {
		this.changes = changes;
	}

	/** A page of changes and the cursor to ask for the next (the same one again when nothing changed since). */
	public record ClaimChangesPage(List<ClaimChanges.ClaimChange> claims, String next, boolean more) {
	}

	@GetMapping
	@Operation(summary = "Claims changed since a cursor", description = """
			The token's manufacturer's claims, oldest change first, `limit` at a time (1 to 500, default 100). Start
			without `since`; then pass the `next` of the last page. `more` says whether another page is ready now.
			Example: `GET /api/v1/claims?since=2026-11-20T10:15:30.123456~4711&limit=2` answers
			`{"claims":[{"number":"WC-2026-000123","status":"APPROVED","modelNumber":"NF-FR500",...}],
			"next":"2026-11-21T08:00~4712","more":false}`.""")
	ClaimChangesPage changed(@AuthenticationPrincipal ApiPrincipal client,
			@Parameter(example = "2026-11-20T10:15:30.123456~4711") @RequestParam(required = false) String since,
			@Parameter(example = "100") @RequestParam(defaultValue = "100") int limit) {
		long manufacturerId = client.readableManufacturer();
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiProblem.invalid("limit", "Ask for 1 to " + MAX_LIMIT + " claims a page.");
		}
		ClaimChanges.Cursor cursor = since == null || since.isBlank() ? null
				: ClaimChanges.Cursor.parse(since)
					.orElseThrow(() -> ApiProblem.invalid("since", "Pass the 'next' value of an earlier answer, unchanged."));
		ClaimChanges.Page page = changes.after(manufacturerId, cursor, limit);
		String next = page.last() != null ? page.last().toString() : since == null ? "" : since;
		return new ClaimChangesPage(page.claims(), next, page.more());
	}
}
