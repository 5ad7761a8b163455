package com.warrantyportal.portal;

import com.warrantyportal.infrastructure.RateLimits;
import com.warrantyportal.unit.SerialNumber;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public serial check for second-hand buyers: is this unit reported stolen, is it registered to someone?
 * It never reveals who owns a unit. Look-ups are limited per client address ({@code warranty.check.per-minute}, 30 by
 * default, shared by every instance), so serials cannot be harvested at machine speed: past the limit the page says
 * when to try again and answers HTTP 429.
 */
@Controller
class SerialCheckController {

	static final String LIMIT = "serial-check";

	private final SerialFindings findings;

	private final RateLimits limits;

	private final int perMinute;

	SerialCheckController(SerialFindings findings, RateLimits limits,
			@Value("${warranty.check.per-minute:30}") int perMinute) {
		this.findings = findings;
		this.limits = limits;
		this.perMinute = perMinute;
	}

	@GetMapping("/check")
	String check(@RequestParam(name = "serial", required = false) String typed, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("serial", typed == null ? "" : typed);
		if (typed == null) {
			return "portal/check";
		}
		RateLimits.Attempt attempt = limits.take(LIMIT, request.getRemoteAddr(), perMinute);
		if (!attempt.allowed()) {
			model.addAttribute("retryAfterSeconds", attempt.refuse(response));
			return "portal/check";
		}
		SerialNumber serial = SerialNumber.of(typed);
		if (serial.isBlank()) {
			model.addAttribute("serialError", "Enter the serial number printed on the unit's label.");
			return "portal/check";
		}
		if (serial.key().length() > SerialNumber.MAX_LENGTH) {
			model.addAttribute("serialError", "A serial number has at most 64 characters.");
			return "portal/check";
		}
		model.addAttribute("checked", true);
		model.addAttribute("findings", findings.of(serial));
		return "portal/check";
	}
}
