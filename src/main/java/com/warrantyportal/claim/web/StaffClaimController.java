package com.warrantyportal.claim.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.claim.ClaimActionRefusedException;
import com.warrantyportal.claim.ClaimConflictException;
import com.warrantyportal.claim.ClaimNotFoundException;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.RejectionReason;
import com.warrantyportal.claim.Resolution;
import com.warrantyportal.claim.StaffActionRefusedException;
import com.warrantyportal.claim.StaffActor;
import com.warrantyportal.claim.StaffClaims;
import com.warrantyportal.claim.StaffQueue;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.unit.ExtendedPlan;
import com.warrantyportal.unit.ExtendedPlanRefusedException;
import com.warrantyportal.unit.SerialStatus;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff queue and claim page. Each action posts the claim version the page showed; a conflict or a refused
 * action re-renders the page with the current claim, the reason, and what the agent typed.
 */
@Controller
@RequestMapping("/staff/claims")
class StaffClaimController {

	private static final String PAGE = "staff/claim";

	private final StaffQueue queue;

	private final StaffClaims staff;

	private final CatalogService catalog;

	private final MessageSource messages;

	StaffClaimController(StaffQueue queue, StaffClaims staff, CatalogService catalog, MessageSource messages) {
		this.messages = messages;
		this.queue = queue;
		this.staff = staff;
		this.catalog = catalog;
	}

	/**
	 * The queue. The model filter is a model number typed as text ({@code modelNumber}), resolved here, so the page
	 * never lists the catalogue's models; {@code model} is the id of a model already chosen (links, and the choice
	 * between manufacturers that share a model number).
	 */
	@InitBinder("query")
	void queueFields(WebDataBinder binder) {
		binder.setAllowedFields("status", "verdict", "manufacturer", "model", "modelNumber", "olderThan", "assigned",
				"sort", "after");
	}

	@GetMapping
	String queue(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("query") QueueQuery query,
			BindingResult problems, Model page) {
		// A filter that does not parse is reported beside its field and left out; the queue still shows.
		Long manufacturer = problems.hasFieldErrors("manufacturer") ? null : query.getManufacturer();
		Long model = problems.hasFieldErrors("model") ? null : query.getModel();
		String modelNumber = problems.hasFieldErrors("modelNumber") ? null : query.getModelNumber();
		VerdictStatus verdict = problems.hasFieldErrors("verdict") ? null : query.getVerdict();
		Integer olderThan = problems.hasFieldErrors("olderThan") ? null : query.olderThanShown();
		StaffQueue.ModelPick picked = queue.pickModel(modelNumber, model, manufacturer);
		StaffQueue.Filter filter = new StaffQueue.Filter(query.statusFilter(), query.isAll(), verdict, manufacturer,
				picked.chosenId(), olderThan, "me".equals(query.assignedShown()), "none".equals(query.assignedShown()),
				"newest".equals(query.sortShown()));
		page.addAttribute("page", picked.unresolved() ? StaffQueue.Page.empty()
				: queue.page(filter, user.getAccountId(), query.getAfter()));
		page.addAttribute("counts", queue.counts());
		page.addAttribute("statuses", ClaimStatus.values());
		page.addAttribute("verdicts", VerdictStatus.values());
		page.addAttribute("manufacturers", catalog.manufacturers());
		page.addAttribute("picked", picked);
		page.addAttribute("filter", Map.of("status", query.statusShown(), "verdict",
				verdict == null ? "" : verdict.name(), "manufacturer", manufacturer == null ? "" : manufacturer,
				"model", picked.chosen() == null ? "" : picked.chosen().id(), "modelNumber", picked.typed(),
				"olderThan", olderThan == null ? "" : olderThan, "assigned", query.assignedShown(), "sort",
				query.sortShown()));
		page.addAttribute("filterErrors", filterErrors(problems));
		return "staff/queue";
	}

	/** Each filter's first problem in words, by field; class-level checks name their field ({@code statusKnown}). */
	private Map<String, String> filterErrors(BindingResult problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (var error : problems.getFieldErrors()) {
			String field = switch (error.getField()) {
				case "statusKnown" -> "status";
				case "assignedKnown" -> "assigned";
				case "sortKnown" -> "sort";
				case "model" -> "modelNumber";
				default -> error.getField();
			};
			errors.putIfAbsent(field, messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		return errors;
	}

	/** Suggestions for the queue's model field (progressive enhancement): model numbers starting with the text. */
	@GetMapping(path = "/models", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<StaffQueue.ModelChoice> models(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long manufacturer) {
		return queue.modelsStartingWith(q, manufacturer);
	}

	@GetMapping("/{number}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String number, Model model) {
		return render(number, user, model);
	}

	@PostMapping("/{number}/assign")
	String assign(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		return act(number, user, model, redirect, Map.of(), "staff.assigned",
				() -> staff.assignToMe(number, version, actor(user)));
	}

	@PostMapping("/{number}/verify-proof")
	String verifyProof(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		return act(number, user, model, redirect, Map.of(), "staff.proofVerified",
				() -> staff.verifyProof(number, version, actor(user)));
	}

	@PostMapping("/{number}/request-info")
	String requestInfo(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@RequestParam long version, @RequestParam(defaultValue = "") String message, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("message", message);
		if (message.isBlank() || message.length() > 2000) {
			return refuse(number, user, model, typed, "message", "staff.requestInfo.message");
		}
		return act(number, user, model, redirect, typed, "staff.infoRequested",
				() -> staff.requestInformation(number, version, actor(user), message));
	}

	@PostMapping("/{number}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(name = "resolution", defaultValue = "") String resolutionChosen,
			@RequestParam(defaultValue = "") String replacementSerial, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		Resolution resolution = choice(Resolution.class, resolutionChosen);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("resolution", resolution == null ? "" : resolution.name());
		typed.put("replacementSerial", replacementSerial);
		typed.put("amount", amount);
		typed.put("approveNote", note);
		if (resolution == null) {
			return refuse(number, user, model, typed, "resolution", "staff.approve.resolution");
		}
		BigDecimal value = null;
		if (!amount.isBlank()) {
			try {
				value = new BigDecimal(amount.strip());
			}
			catch (NumberFormatException ex) {
				return refuse(number, user, model, typed, "amount", "staff.approve.amount");
			}
			if (value.signum() < 0) {
				return refuse(number, user, model, typed, "amount", "staff.approve.amount");
			}
		}
		if (resolution == Resolution.REFUND && value == null) {
			return refuse(number, user, model, typed, "amount", "staff.approve.refundAmount");
		}
		BigDecimal remedy = value;
		return act(number, user, model, redirect, typed, "staff.approved",
				() -> staff.approve(number, version, actor(user), resolution, replacementSerial, remedy, note));
	}

	@PostMapping("/{number}/reject")
	String reject(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(name = "reason", defaultValue = "") String reasonChosen,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		RejectionReason reason = choice(RejectionReason.class, reasonChosen);
		Map<String, String> typed = Map.of("reason", reason == null ? "" : reason.name(), "rejectNote", note);
		if (reason == null) {
			return refuse(number, user, model, typed, "reason", "staff.reject.reason");
		}
		if (note.isBlank() || note.length() > 2000) {
			return refuse(number, user, model, typed, "rejectNote", "staff.reject.note");
		}
		return act(number, user, model, redirect, typed, "staff.rejected",
				() -> staff.reject(number, version, actor(user), reason, note));
	}

	@PostMapping("/{number}/override")
	String override(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(name = "verdict", defaultValue = "") String verdictChosen,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		VerdictStatus verdict = choice(VerdictStatus.class, verdictChosen);
		Map<String, String> typed = Map.of("overrideVerdict", verdict == null ? "" : verdict.name(),
				"overrideReason", reason);
		if (verdict == null) {
			return refuse(number, user, model, typed, "overrideVerdict", "staff.override.verdict");
		}
		if (reason.isBlank() || reason.length() > 1000) {
			return refuse(number, user, model, typed, "overrideReason", "staff.override.reason");
		}
		return act(number, user, model, redirect, typed, "staff.overridden",
				() -> staff.overrideVerdict(number, version, actor(user), verdict, reason));
	}

	@PostMapping("/{number}/close")
	String close(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		return act(number, user, model, redirect, Map.of("closeNote", note), "staff.closed",
				() -> staff.close(number, version, actor(user), note));
	}

	@PostMapping("/{number}/serial-status")
	String settleSerial(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@RequestParam long version, @RequestParam(name = "serialStatus", defaultValue = "") String statusChosen,
			@RequestParam(defaultValue = "") String serialNote, Model model, RedirectAttributes redirect) {
		SerialStatus serialStatus = choice(SerialStatus.class, statusChosen);
		Map<String, String> typed = Map.of("serialStatus", serialStatus == null ? "" : serialStatus.name(),
				"serialNote", serialNote);
		if (serialStatus == null) {
			return refuse(number, user, model, typed, "serialStatus", "staff.serial.status");
		}
		if (serialNote.isBlank() || serialNote.length() > 1000) {
			return refuse(number, user, model, typed, "serialNote", "staff.serial.note");
		}
		return act(number, user, model, redirect, typed, "staff.serialSettled",
				() -> staff.settleSerialStatus(number, version, actor(user), serialStatus, serialNote));
	}

	@PostMapping("/{number}/plans")
	String addPlan(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			@RequestParam(defaultValue = "") String planName, @RequestParam(defaultValue = "") String planMonths,
			@RequestParam(defaultValue = "") String planPurchaseDate, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("planName", planName, "planMonths", planMonths, "planPurchaseDate",
				planPurchaseDate);
		if (planName.isBlank() || planName.length() > 120) {
			return refuse(number, user, model, typed, "planName", "staff.plan.name");
		}
		int months;
		try {
			months = Integer.parseInt(planMonths.strip());
		}
		catch (NumberFormatException ex) {
			months = 0;
		}
		if (months < 1 || months > ExtendedPlan.MAX_MONTHS) {
			return refuse(number, user, model, typed, "planMonths", "staff.plan.months");
		}
		LocalDate bought;
		try {
			bought = LocalDate.parse(planPurchaseDate.strip());
		}
		catch (DateTimeParseException ex) {
			return refuse(number, user, model, typed, "planPurchaseDate", "staff.plan.date");
		}
		int planMonthsValue = months;
		try {
			return act(number, user, model, redirect, typed, "staff.planAdded",
					() -> staff.addExtendedPlan(number, version, actor(user), planName, planMonthsValue, bought));
		}
		catch (ExtendedPlanRefusedException ex) {
			return refuse(number, user, model, typed, ex.getField(), ex.getMessageKey());
		}
	}

	/** The choice of a list by its name, or null when none was chosen or the value is none of the list's. */
	private static <E extends Enum<E>> E choice(Class<E> list, String chosen) {
		for (E value : list.getEnumConstants()) {
			if (value.name().equals(chosen)) {
				return value;
			}
		}
		return null;
	}

	private static StaffActor actor(PortalUser user) {
		return new StaffActor(user.getAccountId(), user.getDisplayName(), user.getRole() == Role.SUPERVISOR);
	}

	private String act(String number, PortalUser user, Model model, RedirectAttributes redirect, Map<String, String> typed,
			String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
			return "redirect:/staff/claims/" + number;
		}
		catch (ClaimConflictException | ObjectOptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			model.addAttribute("problem", "staff.conflict");
		}
		catch (StaffActionRefusedException ex) {
			model.addAttribute("refusal",
					messages.getMessage(ex.getMessageKey(), ex.getArgs(), LocaleContextHolder.getLocale()));
		}
		catch (ClaimActionRefusedException ex) {
			model.addAttribute("refusal", refusal(ex));
		}
		catch (IllegalStateException ex) {
			model.addAttribute("problem", "staff.transition.notNow");
		}
		model.addAttribute("typed", typed);
		return render(number, user, model);
	}

	/** Why the claim refused, naming its status and the action in words. */
	private String refusal(ClaimActionRefusedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(ex.getMessageKey(),
				new Object[] { messages.getMessage("claim.status." + ex.getStatus(), null, locale),
						messages.getMessage("staff.action." + ex.getAction(), null, locale) },
				locale);
	}

	private String refuse(String number, PortalUser user, Model model, Map<String, String> typed, String field, String messageKey) {
		model.addAttribute("typed", typed);
		model.addAttribute("fieldErrors", Map.of(field, messageKey));
		return render(number, user, model);
	}

	/** The claim page; {@code allowed} names the actions the claim offers this user, the only ones shown. */
	private String render(String number, PortalUser user, Model model) {
		StaffClaims.ClaimFile file = staff.open(number).orElseThrow(ClaimNotFoundException::new);
		model.addAttribute("file", file);
		model.addAttribute("allowed",
				file.claim().allowedActions(actor(user)).stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("resolutions", Resolution.values());
		model.addAttribute("rejectionReasons", RejectionReason.values());
		model.addAttribute("verdicts", VerdictStatus.values());
		model.addAttribute("serialStatuses", SerialStatus.values());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return PAGE;
	}
}
