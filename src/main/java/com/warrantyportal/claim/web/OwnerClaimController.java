package com.warrantyportal.claim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimConflictException;
import com.warrantyportal.claim.ClaimNotFoundException;
import com.warrantyportal.claim.ClaimProblem;
import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.claim.OwnerClaims;
import com.warrantyportal.claim.OwnerClaims.ClaimDraft;
import com.warrantyportal.claim.OwnerClaims.ClaimPage;
import com.warrantyportal.claim.PendingClaimFiles;
import com.warrantyportal.claim.PendingClaimFiles.FormToken;
import com.warrantyportal.claim.PendingClaimFiles.Kept;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.registration.ProductView;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My claims: file a claim with a preview of eligibility (the photos chosen before it are kept, see
 * {@link PendingClaimFiles}), follow it, answer staff's questions, add files, withdraw it.
 */
@Controller
@RequestMapping("/my/claims")
class OwnerClaimController {

	private static final String FORM = "claim/claim-form";

	private static final String PAGE = "claim/claim";

	private final OwnerClaims claims;

	private final PendingClaimFiles pendingFiles;

	OwnerClaimController(OwnerClaims claims, PendingClaimFiles pendingFiles) {
		this.claims = claims;
		this.pendingFiles = pendingFiles;
	}

	@InitBinder("form")
	void claimFields(WebDataBinder binder) {
		binder.setAllowedFields("failureDate", "component", "cause", "description", "photos", "token", "keptFiles",
				"removeFiles");
	}

	@InitBinder("answer")
	void answerFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "answer", "files");
	}

	@InitBinder("addFiles")
	void addFilesFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "note", "files");
	}

	/** The query parameter of a claim's page just after it was filed: the page says so. */
	static final String SUBMITTED = "submitted";

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("claims", claims.list(user.getAccountId()));
		return "claim/claims";
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal PortalUser user, @RequestParam long product, Model model) {
		ClaimForm form = new ClaimForm();
		form.setToken(UUID.randomUUID().toString());
		model.addAttribute("form", form);
		model.addAttribute("keptFiles", List.of());
		return showForm(user, product, model);
	}

	@PostMapping("/preview")
	String preview(@AuthenticationPrincipal PortalUser user, @RequestParam long product,
			@Valid @ModelAttribute("form") ClaimForm form, BindingResult result, Model model) {
		useOwnToken(user, form);
		checkDraft(user, product, form, result);
		keepFiles(user, form, result);
		if (!result.hasErrors()) {
			model.addAttribute("preview", EligibilityPreview.of(claims.preview(user.getAccountId(), product,
					form.getComponent(), form.getCause(), form.getFailureDate())));
		}
		return showForm(user, product, form, model);
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @RequestParam long product,
			@Valid @ModelAttribute("form") ClaimForm form, BindingResult result, Model model) {
		String filed = useOwnToken(user, form).filedClaim();
		if (filed != null) {
			return filedClaimPage(filed);
		}
		checkDraft(user, product, form, result);
		Kept kept = keepFiles(user, form, result);
		if (!result.hasErrors()) {
			List<Long> toFile = new ArrayList<>(form.filesToFile());
			toFile.addAll(kept.added());
			try {
				Claim claim = claims.file(user.getAccountId(), user.getDisplayName(), draft(product, form, toFile));
				return filedClaimPage(claim.getNumber());
			}
			catch (DataIntegrityViolationException ex) {
				// The same form arrived twice at the same moment: the other request made the claim.
				Claim first = claims.findBySubmissionToken(user.getAccountId(), form.getToken()).orElseThrow(() -> ex);
				return filedClaimPage(first.getNumber());
			}
		}
		return showForm(user, product, form, model);
	}

	/**
	 * The claim's page, saying it was filed: by its address rather than a flash attribute, which would be two writes
	 * of the shared session.
	 */
	private static String filedClaimPage(String number) {
		return "redirect:/my/claims/" + number + "?" + SUBMITTED + "=1";
	}

	@GetMapping("/{number}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@RequestParam(name = SUBMITTED, required = false) String submitted, Model model) {
		ClaimPage page = own(user, number);
		model.addAttribute("page", page);
		if (submitted != null && !model.containsAttribute("message")) {
			model.addAttribute("message", "claim.submitted");
		}
		if (!model.containsAttribute("answer")) {
			AnswerForm answer = new AnswerForm();
			answer.setVersion(page.claim().getVersion());
			model.addAttribute("answer", answer);
		}
		if (!model.containsAttribute("addFiles")) {
			AddFilesForm addFiles = new AddFilesForm();
			addFiles.setVersion(page.claim().getVersion());
			model.addAttribute("addFiles", addFiles);
		}
		return PAGE;
	}

	@PostMapping("/{number}/answer")
	String answer(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("answer") AnswerForm answer, BindingResult result, Model model,
			RedirectAttributes redirect) {
		own(user, number);
		if (!result.hasErrors()) {
			try {
				claims.answer(user.getAccountId(), user.getDisplayName(), number, answer.getVersion(),
						answer.getAnswer(), answer.getFiles());
				redirect.addFlashAttribute("message", "claim.answered");
				return "redirect:/my/claims/" + number;
			}
			catch (FileRejectedException ex) {
				result.rejectValue("files", ex.getMessageKey(), new Object[] { ex.getFileName() }, null);
			}
			catch (ClaimConflictException ex) {
				model.addAttribute("problem", "claim.conflict");
			}
		}
		attachAgain(answer.getFiles(), result, model);
		return show(user, number, null, model);
	}

	@PostMapping("/{number}/files")
	String addFiles(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
			@Valid @ModelAttribute("addFiles") AddFilesForm addFiles, BindingResult result, Model model,
			RedirectAttributes redirect) {
		own(user, number);
		if (!addFiles.anyFileChosen()) {
			result.rejectValue("files", "claim.addFiles.required");
		}
		if (!result.hasErrors()) {
			try {
				claims.addFiles(user.getAccountId(), user.getDisplayName(), number, addFiles.getVersion(),
						addFiles.getNote(), addFiles.getFiles());
				redirect.addFlashAttribute("message", "claim.filesAdded");
				return "redirect:/my/claims/" + number;
			}
			catch (FileRejectedException ex) {
				result.rejectValue("files", ex.getMessageKey(), new Object[] { ex.getFileName() }, null);
			}
			catch (ClaimConflictException ex) {
				model.addAttribute("problem", "claim.conflict");
			}
		}
		attachAgain(addFiles.getFiles(), result, model);
		return show(user, number, null, model);
	}

	@PostMapping("/{number}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable String number, @RequestParam long version,
			RedirectAttributes redirect) {
		own(user, number);
		try {
			claims.withdraw(user.getAccountId(), user.getDisplayName(), number, version);
			redirect.addFlashAttribute("message", "claim.withdrawn");
		}
		catch (ClaimConflictException ex) {
			redirect.addFlashAttribute("problem", "claim.conflict");
		}
		return "redirect:/my/claims/" + number;
	}

	private ClaimPage own(PortalUser user, String number) {
		return claims.page(user.getAccountId(), number).orElseThrow(ClaimNotFoundException::new);
	}

	/**
	 * A form comes with the token the new-claim page gave it. One that does not (sent by hand) gets a new one; one
	 * that is another owner's answers "not found", so nobody files with it, nor sees or removes the files kept with it.
	 */
	private FormToken useOwnToken(PortalUser user, ClaimForm form) {
		if (!form.hasUsableToken()) {
			form.setToken(UUID.randomUUID().toString());
			return new FormToken(null, false);
		}
		FormToken use = pendingFiles.use(user.getAccountId(), form.getToken());
		if (use.anotherOwners()) {
			throw new ClaimNotFoundException();
		}
		return use;
	}

	private void checkDraft(PortalUser user, long product, ClaimForm form, BindingResult result) {
		for (ClaimProblem problem : claims.check(user.getAccountId(), draft(product, form, List.of()))) {
			reject(result, problem);
		}
	}

	/**
	 * Removes the kept files the owner ticked and keeps the ones just chosen, whatever else the form says: nothing
	 * chosen is lost to a message about another field, and the page lists them all.
	 */
	private Kept keepFiles(PortalUser user, ClaimForm form, BindingResult result) {
		Kept kept = pendingFiles.keep(user.getAccountId(), form.getToken(), form.getRemoveFiles(), form.getPhotos());
		kept.problems().forEach(problem -> reject(result, problem));
		return kept;
	}

	private static void reject(BindingResult result, ClaimProblem problem) {
		if (!result.hasFieldErrors(problem.field()) || "photos".equals(problem.field())) {
			result.rejectValue(problem.field(), problem.code(), problem.args(), null);
		}
	}

	private static ClaimDraft draft(long product, ClaimForm form, List<Long> keptFiles) {
		return new ClaimDraft(product, form.getFailureDate(), form.getComponent(), form.getCause(),
				form.getDescription(), List.of(), form.getToken(), keptFiles);
	}

	/** The claim form again, with the files kept with it. */
	private String showForm(PortalUser user, long product, ClaimForm form, Model model) {
		model.addAttribute("keptFiles", pendingFiles.list(user.getAccountId(), form.getToken()));
		return showForm(user, product, model);
	}

	private String showForm(PortalUser user, long product, Model model) {
		ProductView view = claims.productForClaim(user.getAccountId(), product)
			.orElseThrow(ClaimNotFoundException::new);
		model.addAttribute("product", view);
		model.addAttribute("causes", OwnerCause.values());
		model.addAttribute("maxPhotos", OwnerClaims.MAX_PHOTOS);
		return FORM;
	}

	/** Browsers drop chosen files when a page comes back: name exactly the ones to attach again. */
	private static void attachAgain(List<MultipartFile> files, BindingResult result, Model model) {
		if (files == null || result.hasFieldErrors("files")) {
			return;
		}
		List<String> names = files.stream().filter(FileStorage::isPresent).map(MultipartFile::getOriginalFilename)
			.toList();
		if (!names.isEmpty()) {
			model.addAttribute("attachAgain", String.join(", ", names));
		}
	}
}
