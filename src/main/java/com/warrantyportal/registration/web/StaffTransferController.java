package com.warrantyportal.registration.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.registration.StaffTransfers;
import com.warrantyportal.registration.TransferFrozenException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pending transfer requests, for staff to decide when the current owner does not answer. */
@Controller
@RequestMapping("/staff/transfers")
class StaffTransferController {

	private final StaffTransfers transfers;

	StaffTransferController(StaffTransfers transfers) {
		this.transfers = transfers;
	}

	@GetMapping
	String list(Model model) {
		StaffTransfers.Pending pending = transfers.pending();
		model.addAttribute("transfers", pending.oldest());
		model.addAttribute("waiting", pending.waiting());
		return "registration/staff-transfers";
	}

	@PostMapping("/{id}")
	String decide(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam boolean accept,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		boolean decided;
		try {
			decided = transfers.decide(id, accept, user.getDisplayName(), note.isBlank() ? null : note.strip());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			decided = false;
		}
		catch (TransferFrozenException ex) {
			redirect.addFlashAttribute("problem", "transfer.frozen");
			return "redirect:/staff/transfers";
		}
		redirect.addFlashAttribute(decided ? "message" : "problem",
				decided ? (accept ? "transfer.staffAccepted" : "transfer.staffDeclined") : "transfer.alreadyDecided");
		return "redirect:/staff/transfers";
	}
}
