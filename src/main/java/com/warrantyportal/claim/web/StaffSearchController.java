package com.warrantyportal.claim.web;

import com.warrantyportal.claim.StaffSearch;
import com.warrantyportal.claim.StaffUnitPages;

import com.warrantyportal.account.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The staff search box (a GET form, so results can be bookmarked) and the unit page it leads to. */
@Controller
class StaffSearchController {

	private final StaffSearch search;

	private final StaffUnitPages units;

	StaffSearchController(StaffSearch search, StaffUnitPages units) {
		this.search = search;
		this.units = units;
	}

	private static final int MAX_QUERY = 200;

	@GetMapping("/staff/search")
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		if (query != null && query.strip().length() > MAX_QUERY) {
			// Longer than any claim number, serial, address or name: searched as its start, and said so.
			model.addAttribute("problem", "staff.search.tooLong");
			query = query.strip().substring(0, MAX_QUERY);
		}
		StaffSearch.Results results = search.search(query);
		var only = results.only();
		if (only.isPresent()) {
			return "redirect:" + only.get();
		}
		model.addAttribute("results", results);
		return "staff/search";
	}

	@GetMapping("/staff/units/{serial}")
	String unit(@PathVariable String serial, @RequestParam(name = "manufacturer", required = false) Long manufacturer,
			Model model) {
		StaffUnitPages.Lookup lookup = units.find(serial, manufacturer);
		if (lookup instanceof StaffUnitPages.Found found) {
			model.addAttribute("page", found.page());
			return "staff/unit";
		}
		if (lookup instanceof StaffUnitPages.Several several) {
			model.addAttribute("several", several);
			return "staff/unit-choice";
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** The recall's remedy was carried out on this unit: it stops showing the recall. */
	@PostMapping("/staff/units/{serial}/recalls/{campaignId}/remedied")
	String remedied(@AuthenticationPrincipal PortalUser user, @PathVariable String serial,
			@PathVariable long campaignId, @RequestParam long manufacturer,
			@RequestParam(name = "claim", required = false) String claim, RedirectAttributes redirect) {
		boolean recorded = units.markRemedied(serial, manufacturer, campaignId, user.getUsername());
		redirect.addFlashAttribute(recorded ? "message" : "problem",
				recorded ? "recall.remedied" : "recall.remedyNotRecorded");
		if (claim != null && !claim.isBlank()) { // back to the claim staff were working on
			return "redirect:" + UriComponentsBuilder.fromPath("/staff/claims/{number}")
				.buildAndExpand(claim)
				.encode()
				.toUriString();
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/staff/units/{serial}")
			.queryParam("manufacturer", manufacturer)
			.buildAndExpand(serial)
			.encode()
			.toUriString();
	}
}
