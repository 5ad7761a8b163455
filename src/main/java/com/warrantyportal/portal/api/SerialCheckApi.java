package com.warrantyportal.portal.api;

import java.util.List;

import com.warrantyportal.portal.SerialFindings;
import com.warrantyportal.unit.SerialNumber;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public serial check, for any token: the same answer as the {@code /check} page, never an owner's data. */
@RestController
@RequestMapping("/api/v1/serials")
@Tag(name = "Serial check", description = "What a second-hand buyer may learn about a serial; any token.")
@SecurityRequirement(name = "token")
class SerialCheckApi {

	private final SerialFindings findings;

	SerialCheckApi(SerialFindings findings) {
		this.findings = findings;
	}

	/** The units with the serial, with model, theft report, registry answer, coverage by line and open recalls. */
	public record SerialCheck(String serial, List<SerialFindings.Finding> units) {
	}

	@GetMapping("/{serial}")
	@Operation(summary = "Check a serial", description = """
			Every unit with this serial (of any manufacturer; usually one): its model, whether it is reported stolen,
			what the manufacturer's registry says, its coverage per line and whether it transfers, and open recalls.
			Serials compare ignoring case, spaces and dashes. No owner's data is ever answered.

			Example: `GET /api/v1/serials/2114LK0062521` answers `{"serial":"2114LK0062521","units":[{"manufacturer":
			"Northfield","modelNumber":"NF-FR500","stolen":false,"registry":"LISTED",...}]}`.""")
	SerialCheck check(@Parameter(example = "2114LK0062521") @PathVariable String serial) {
		SerialNumber number = SerialNumber.of(serial);
		if (number.isBlank()) {
			throw ApiProblem.invalid("serial", "Give the serial number printed on the unit's label.");
		}
		if (number.key().length() > SerialNumber.MAX_LENGTH) {
			throw ApiProblem.invalid("serial", "A serial number has at most 64 characters.");
		}
		return new SerialCheck(number.display(), findings.of(number));
	}
}
