package com.warrantyportal.registration.web;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.registration.RegistrationProblem;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing products from a spreadsheet (docs/device-import.md): upload, a preview of every row, then confirm. The
 * file travels back with the confirm form (Base64 in a hidden field), so nothing waits on the server, and confirming
 * reads and checks it again against the data as it is then: the owner's id always comes from the session.
 */
@Controller
@RequestMapping("/my/products/import")
class ProductImportController {

	private static final String FORM = "registration/product-import";

	private final ProductImportRows rows;

	ProductImportController(ProductImportRows rows) {
		this.rows = rows;
	}

	@GetMapping
	String uploadForm(Model model) {
		return uploadForm(model, List.of());
	}

	@PostMapping
	String preview(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "file", required = false) MultipartFile upload, Model model) throws IOException {
		if (upload == null || upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()) {
			return uploadForm(model, ProductImportFile.problem("deviceImport.file.choose").problems());
		}
		if (upload.getSize() > ProductImportFile.MAX_BYTES) {
			return uploadForm(model, ProductImportFile.problem("deviceImport.file.tooLarge").problems());
		}
		byte[] content = upload.getBytes();
		ProductImportFile file = ProductImportFile.read(content);
		if (!file.problems().isEmpty()) {
			return uploadForm(model, file.problems());
		}
		return showPreview(model, rows.preview(user.getAccountId(), file), content, fileName(upload), false);
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "content", required = false) String encoded,
			@RequestParam(name = "fileName", required = false) String fileName, Model model,
			RedirectAttributes redirect) {
		byte[] content;
		try {
			content = Base64.getDecoder().decode(encoded == null ? "" : encoded.strip());
		}
		catch (IllegalArgumentException ex) {
			content = new byte[0];
		}
		ProductImportFile file = ProductImportFile.read(content);
		if (!file.problems().isEmpty()) {
			return uploadForm(model, file.problems());
		}
		ProductImportRows.Result result;
		try {
			result = rows.apply(user.getAccountId(), file);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			// Someone registered one of these serials at the same moment: nothing was saved; show where things stand.
			return showPreview(model, rows.preview(user.getAccountId(), file), content, shortName(fileName), true);
		}
		redirect.addFlashAttribute("message", "deviceImport.done");
		redirect.addFlashAttribute("messageArgs",
				new Object[] { result.registers(), result.transfers(), result.skipped() });
		return "redirect:/my/products";
	}

	private static String uploadForm(Model model, List<RegistrationProblem> problems) {
		model.addAttribute("fileProblems", problems);
		model.addAttribute("required", ProductImportFile.REQUIRED);
		model.addAttribute("optional", ProductImportFile.OPTIONAL);
		model.addAttribute("maxRows", ProductImportFile.MAX_ROWS);
		return FORM;
	}

	private static String showPreview(Model model, ProductImportRows.Result result, byte[] content, String fileName,
			boolean changed) {
		model.addAttribute("result", result);
		model.addAttribute("fileContent", Base64.getEncoder().encodeToString(content));
		model.addAttribute("fileName", fileName);
		model.addAttribute("changed", changed);
		return "registration/product-import-preview";
	}

	private static String fileName(MultipartFile upload) {
		String name = upload.getOriginalFilename().strip();
		return shortName(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
	}

	private static String shortName(String name) {
		String shown = name == null ? "" : name.strip();
		return shown.length() > 100 ? shown.substring(0, 100) : shown;
	}
}
