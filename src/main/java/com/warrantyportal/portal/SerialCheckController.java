package com.warrantyportal.portal;

import java.util.List;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.UnitService;

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

	private final UnitService units;

	private final CatalogService catalog;

	private final RegistrationService registrations;

	SerialCheckController(UnitService units, CatalogService catalog, RegistrationService registrations) {
		this.units = units;
		this.catalog = catalog;
		this.registrations = registrations;
	}

	/** What a buyer learns about one unit with the serial they typed. */
	record Finding(String manufacturer, String modelNumber, String modelName, boolean stolen, boolean registered) {
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
		List<Finding> findings = units.findAnyManufacturer(serial).stream().map(unit -> {
			var modelOf = catalog.findModel(unit.getModelId()).orElseThrow();
			var maker = catalog.findManufacturer(unit.getManufacturerId()).orElseThrow();
			return new Finding(maker.getName(), modelOf.getModelNumber(), modelOf.getName(),
					unit.getSerialStatus() == SerialStatus.STOLEN,
					registrations.activeFor(unit.getId()).isPresent());
		}).toList();
		model.addAttribute("checked", true);
		model.addAttribute("findings", findings);
		return "portal/check";
	}
}
