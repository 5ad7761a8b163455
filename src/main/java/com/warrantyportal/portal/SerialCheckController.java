package com.warrantyportal.portal;

import com.warrantyportal.unit.SerialNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public serial check for second-hand buyers: is this unit reported stolen, is it registered to someone?
 * It never reveals who owns a unit.
 */
@Controller
class SerialCheckController {

	private final SerialFindings findings;

	SerialCheckController(SerialFindings findings) {
		this.findings = findings;
	}

	@GetMapping("/check")
	String check(@RequestParam(name = "serial", required = false) String typed, Model model) {
		model.addAttribute("serial", typed == null ? "" : typed);
		if (typed == null) {
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
