package com.warrantyportal.claim.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.claim.BulkClaimActions;
import com.warrantyportal.claim.ClaimActionRefusedException;
import com.warrantyportal.claim.ClaimConflictException;
import com.warrantyportal.claim.ClaimNotFoundException;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.QueueOrder;
import com.warrantyportal.claim.RejectionReason;
import com.warrantyportal.claim.Resolution;
import com.warrantyportal.claim.StaffActionRefusedException;
import com.warrantyportal.claim.StaffActor;
import com.warrantyportal.claim.ClaimDecisions;
import com.warrantyportal.infrastructure.web.DisplayMoney;
import com.warrantyportal.claim.StaffClaimPage;
import com.warrantyportal.claim.VerdictFacts;
import com.warrantyportal.claim.StaffQueue;
import com.warrantyportal.eligibility.VerdictStatus;
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

	/** The page's action forms, each empty unless the request posted it. */
	private static final Map<String, Supplier<StaffActionForm>> EMPTY_FORMS = Map.of("requestInfoForm",
			RequestInfoForm::new, "approveForm", ApproveForm::new, "rejectForm", RejectForm::new, "overrideForm",
			OverrideForm::new, "closeForm", CloseForm::new, "serialStatusForm", SerialStatusForm::new, "planForm",
			PlanForm::new);

	private final StaffQueue queue;

	private final StaffClaimPage claimPage;

	private final ClaimDecisions decisions;

	private final VerdictFacts facts;

	private final DisplayMoney money;

	private final CatalogService catalog;

	private final MessageSource messages;

	private final BulkClaimActions bulk;

	StaffClaimController(StaffQueue queue, StaffClaimPage page, ClaimDecisions decisions, VerdictFacts facts,
			CatalogService catalog, MessageSource messages, BulkClaimActions bulk, DisplayMoney money) {
		this.bulk = bulk;
		this.money = money;
		this.messages = messages;
		this.queue = queue;
		this.claimPage = page;
		this.decisions = decisions;
		this.facts = facts;
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
				"sort", "due", "after");
	}

	@GetMapping
	String queue(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("query") QueueQuery query,
			BindingResult problems, Model page, jakarta.servlet.http.HttpServletRequest request) {
		page.addAttribute("queryString", request.getQueryString() == null ? "" : request.getQueryString());
		// A filter that does not parse is reported beside its field and left out; the queue still shows.
		Long manufacturer = problems.hasFieldErrors("manufacturer") ? null : query.getManufacturer();
		Long model = problems.hasFieldErrors("model") ? null : query.getModel();
		String modelNumber = problems.hasFieldErrors("modelNumber") ? null : query.getModelNumber();
		VerdictStatus verdict = problems.hasFieldErrors("verdict") ? null : query.getVerdict();
		Integer olderThan = problems.hasFieldErrors("olderThan") ? null : query.olderThanShown();
		StaffQueue.ModelPick picked = queue.pickModel(modelNumber, model, manufacturer);
		StaffQueue.Filter filter = new StaffQueue.Filter(query.statusFilter(), query.isAll(), verdict, manufacturer,
				picked.chosenId(), olderThan, "me".equals(query.assignedShown()), "none".equals(query.assignedShown()),
				query.order(), "overdue".equals(query.dueShown()));
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
				query.sortShown(), "due", query.dueShown()));
		page.addAttribute("filterErrors", filterErrors(problems));
		page.addAttribute("orders", QueueOrder.values());
		page.addAttribute("order", query.order());
		page.addAttribute("columnSorts", query.columnSorts());
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
				case "dueKnown" -> "due";
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

	/** Each action's form binds only its own fields and the version; nothing server-owned. */
	@InitBinder("requestInfoForm")
	void requestInfoFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "message");
	}

	@InitBinder("approveForm")
	void approveFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "resolution", "replacementSerial", "partsCost", "labourCost",
				"shippingCost", "refundAmount", "costCurrency", "approveNote", "approveReason");
	}

	@InitBinder("rejectForm")
	void rejectFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "reason", "rejectNote");
	}

	@InitBinder("overrideForm")
	void overrideFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "overrideVerdict", "overrideReason");
	}

	@InitBinder("closeForm")
	void closeFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "closeNote");
	}

	@InitBinder("serialStatusForm")
	void serialStatusFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "serialStatus", "serialNote");
	}

	@InitBinder("planForm")
	void planFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "planName", "planMonths", "planPurchaseDate");
	}

	@InitBinder("bulkForm")
	void bulkFields(WebDataBinder binder) {
		binder.setAllowedFields("selected", "action", "back");
	}

	/**
	 * One action on the claims ticked in the queue; each is version-checked, guarded by the claim and audited on its
	 * own, and the queue reopens with its filters, saying how many were done and why any was skipped.
	 */
	@PostMapping("/bulk")
	String bulk(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("bulkForm") BulkForm form,
			BindingResult result, RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		if (result.hasErrors()) {
			redirect.addFlashAttribute("bulkProblems",
					result.getFieldErrors().stream().map(error -> messages.getMessage(error, locale)).distinct().toList());
			return "redirect:" + form.queue();
		}
		BulkClaimActions.Outcome outcome = bulk.apply(form.getAction(), form.claims(), actor(user));
		redirect.addFlashAttribute("message", "staff.bulk.done");
		redirect.addFlashAttribute("messageArgs", new Object[] { outcome.done().size() });
		redirect.addFlashAttribute("bulkSkipped", outcome.skipped()
			.entrySet()
			.stream()
			.map(skip -> skip.getKey() + ": " + messages.getMessage(skip.getValue(), null, locale))
			.toList());
		return "redirect:" + form.queue();
	}

	@PostMapping("/{number}/assign")
	String assign(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		return act(number, user, model, redirect, null, "staff.assigned",
				() -> decisions.assignToMe(number, version, actor(user)));
	}

	@PostMapping("/{number}/unassign")
	String unassign(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		return act(number, user, model, redirect, null, "staff.unassigned",
				() -> decisions.unassign(number, version, actor(user)));
	}

	@PostMapping("/{number}/verify-proof")
	String verifyProof(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		return act(number, user, model, redirect, null, "staff.proofVerified",
				() -> facts.verifyProof(number, version, actor(user)));
	}

	@PostMapping("/{number}/request-info")
	String requestInfo(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("requestInfoForm") RequestInfoForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(number, user, model, redirect, result, "staff.infoRequested",
				() -> decisions.requestInformation(number, form.getVersion(), actor(user), form.getMessage()));
	}

	@PostMapping("/{number}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("approveForm") ApproveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.checkCosts(result, money.currencies());
		return act(number, user, model, redirect, result, "staff.approved",
				() -> decisions.approve(number, form.getVersion(), actor(user), form.getResolution(),
						form.getReplacementSerial(), form.costLines(), form.getApproveNote(), form.getApproveReason()));
	}

	@PostMapping("/{number}/reject")
	String reject(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(number, user, model, redirect, result, "staff.rejected",
				() -> decisions.reject(number, form.getVersion(), actor(user), form.getReason(), form.getRejectNote()));
	}

	@PostMapping("/{number}/override")
	String override(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(number, user, model, redirect, result, "staff.overridden", () -> decisions.overrideVerdict(number,
				form.getVersion(), actor(user), form.getOverrideVerdict(), form.getOverrideReason()));
	}

	@PostMapping("/{number}/close")
	String close(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(number, user, model, redirect, result, "staff.closed",
				() -> decisions.close(number, form.getVersion(), actor(user), form.getCloseNote()));
	}

	@PostMapping("/{number}/serial-status")
	String settleSerial(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("serialStatusForm") SerialStatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(number, user, model, redirect, result, "staff.serialSettled", () -> facts
			.settleSerialStatus(number, form.getVersion(), actor(user), form.getSerialStatus(), form.getSerialNote()));
	}

	@PostMapping("/{number}/plans")
	String addPlan(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(number, user, model, redirect, result, "staff.planAdded", () -> facts.addExtendedPlan(number,
				form.getVersion(), actor(user), form.getPlanName(), form.getPlanMonths(), form.getPlanPurchaseDate()));
	}

	private static StaffActor actor(PortalUser user) {
		return new StaffActor(user.getAccountId(), user.getUsername(), user.getDisplayName(), user.getRole() == Role.SUPERVISOR);
	}

	/**
	 * Runs the action unless its form has problems, then redirects with {@code done}; otherwise shows the page again
	 * with the form as typed, its problems beside the fields, and why the action was refused. A version that does
	 * not even parse is a page out of date, as a stale version is.
	 */
	private String act(String number, PortalUser user, Model model, RedirectAttributes redirect,
			BindingResult form, String done, Runnable action) {
		if (form != null && form.hasFieldErrors("version")) {
			model.addAttribute("problem", "staff.conflict");
			return render(number, user, model);
		}
		if (form != null && form.hasErrors()) {
			return render(number, user, model);
		}
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
			return "redirect:/staff/claims/" + number;
		}
		catch (ClaimConflictException | ObjectOptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			model.addAttribute("problem", "staff.conflict");
		}
		catch (StaffActionRefusedException ex) {
			if (ex.getField() != null && form != null) {
				form.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArgs(), null);
			}
			else {
				model.addAttribute("refusal",
						messages.getMessage(ex.getMessageKey(), ex.getArgs(), LocaleContextHolder.getLocale()));
			}
		}
		catch (ExtendedPlanRefusedException ex) {
			form.rejectValue(ex.getField(), ex.getMessageKey());
		}
		catch (ClaimActionRefusedException ex) {
			model.addAttribute("refusal", refusal(ex));
		}
		catch (IllegalStateException ex) {
			model.addAttribute("problem", "staff.transition.notNow");
		}
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

	/** The claim page; {@code allowed} names the actions the claim offers this user, the only ones shown. */
	private String render(String number, PortalUser user, Model model) {
		StaffClaimPage.ClaimFile file = claimPage.open(number).orElseThrow(ClaimNotFoundException::new);
		model.addAttribute("file", file);
		model.addAttribute("allowed",
				file.claim().allowedActions(actor(user)).stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("resolutions", Resolution.values());
		model.addAttribute("rejectionReasons", RejectionReason.values());
		model.addAttribute("verdicts", VerdictStatus.values());
		model.addAttribute("serialStatuses", SerialStatus.values());
		EMPTY_FORMS.forEach((name, blank) -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, blank.get());
			}
		});
		return PAGE;
	}
}
