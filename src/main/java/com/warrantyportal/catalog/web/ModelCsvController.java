package com.warrantyportal.catalog.web;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.CsvProblem;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ModelCatalogCsv;
import com.warrantyportal.catalog.ModelExport;
import com.warrantyportal.catalog.ModelImport;
import com.warrantyportal.catalog.ModelImportPreview;
import com.warrantyportal.catalog.ModelImportResult;
import com.warrantyportal.files.FileStorage;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Bulk import and export of models with their warranty terms as CSV (docs/model-csv.md). An upload is previewed
 * first; the uploaded bytes wait in the administrator's session under a random token until confirmed, and the
 * confirmation previews them again against the catalogue as it is then.
 */
@Controller
@RequestMapping("/admin/models")
class ModelCsvController {

	static final String PENDING = ModelCsvController.class.getName() + ".pending";

	/** The preview lists every line with a problem, and this many of the lines that change the catalogue. */
	static final int LISTED_CHANGES = 1000;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ModelImport imports;

	private final ModelExport export;

	private final CatalogService catalog;

	ModelCsvController(ModelImport imports, ModelExport export, CatalogService catalog) {
		this.imports = imports;
		this.export = export;
		this.catalog = catalog;
	}

	/** An upload waiting for confirmation: the file as uploaded and the digest of the preview shown for it. */
	record PendingImport(String token, String fileName, byte[] content, String fingerprint) implements Serializable {

		PendingImport withFingerprint(String newFingerprint) {
			return new PendingImport(token, fileName, content, newFingerprint);
		}
	}

	@GetMapping("/import")
	String uploadForm(Model model) {
		return uploadForm(model, List.of());
	}

	@PostMapping("/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile upload, HttpSession session,
			Model model) throws IOException {
		if (!FileStorage.isPresent(upload)) {
			return uploadForm(model, List.of(CsvProblem.of("modelImport.file.choose")));
		}
		if (upload.getSize() > ModelCatalogCsv.MAX_BYTES) {
			return uploadForm(model, List.of(CsvProblem.of("modelImport.file.tooLarge")));
		}
		byte[] content = upload.getBytes();
		ModelImportPreview preview = imports.preview(new ByteArrayInputStream(content));
		if (!preview.fileProblems().isEmpty()) {
			return uploadForm(model, preview.fileProblems());
		}
		PendingImport pending = new PendingImport(UUID.randomUUID().toString(), fileName(upload), content,
				preview.fingerprint());
		session.setAttribute(PENDING, pending);
		return showPreview(model, pending, preview, false);
	}

	@PostMapping("/import/confirm")
	String confirm(@RequestParam(name = "token", required = false) String token,
			@AuthenticationPrincipal PortalUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		PendingImport pending = takePending(session, token);
		if (pending == null) {
			redirect.addFlashAttribute("problem", "modelImport.stale");
			return "redirect:/admin/models/import";
		}
		ModelImport.Confirmation confirmation;
		try {
			confirmation = imports.confirm(new ByteArrayInputStream(pending.content()), pending.fingerprint(),
					pending.fileName(), user.getUsername());
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "modelImport.concurrent");
			return "redirect:/admin/models/import";
		}
		if (confirmation instanceof ModelImport.Outdated outdated) {
			PendingImport refreshed = pending.withFingerprint(outdated.preview().fingerprint());
			session.setAttribute(PENDING, refreshed);
			return showPreview(model, refreshed, outdated.preview(), true);
		}
		ModelImportResult result = ((ModelImport.Applied) confirmation).result();
		redirect.addFlashAttribute("message", "modelImport.applied");
		redirect.addFlashAttribute("messageArgs",
				new Object[] { result.created(), result.updated(), result.unchanged(), result.skipped() });
		return "redirect:/admin/models";
	}

	@GetMapping("/import/example.csv")
	ResponseEntity<String> example() throws IOException {
		StringBuilder csv = new StringBuilder();
		ModelCatalogCsv.writeExample(csv);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("models-example.csv"))
			.body(csv.toString());
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(name = "manufacturerId", required = false) Long manufacturerId,
			HttpServletResponse response) throws IOException {
		String fileName = "models.csv";
		if (manufacturerId != null) {
			Manufacturer manufacturer = catalog.findManufacturer(manufacturerId)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			fileName = "models-" + manufacturer.getName().replaceAll("[^A-Za-z0-9]+", "-") + ".csv";
		}
		response.setContentType(CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		export.write(manufacturerId, out);
		out.flush();
	}

	/** The session's pending import when the token is its own, taken out so it cannot be confirmed twice. */
	private static PendingImport takePending(HttpSession session, String token) {
		synchronized (WebUtils.getSessionMutex(session)) {
			if (token != null && session.getAttribute(PENDING) instanceof PendingImport pending
					&& pending.token().equals(token)) {
				session.removeAttribute(PENDING);
				return pending;
			}
			return null;
		}
	}

	private String uploadForm(Model model, List<CsvProblem> fileProblems) {
		model.addAttribute("fileProblems", fileProblems);
		model.addAttribute("columns", ModelCatalogCsv.COLUMNS);
		model.addAttribute("manufacturers",
				catalog.manufacturers().stream().sorted(Comparator.comparing(Manufacturer::getName)).toList());
		return "catalog/model-import";
	}

	private static String showPreview(Model model, PendingImport pending, ModelImportPreview preview,
			boolean outdated) {
		List<ModelImportPreview.Line> changes = preview.changeLines();
		model.addAttribute("preview", preview);
		model.addAttribute("errorLines", preview.errorLines());
		model.addAttribute("changeLines", changes.subList(0, Math.min(changes.size(), LISTED_CHANGES)));
		model.addAttribute("unlistedChanges", Math.max(0, changes.size() - LISTED_CHANGES));
		model.addAttribute("token", pending.token());
		model.addAttribute("fileName", pending.fileName());
		model.addAttribute("outdated", outdated);
		return "catalog/model-import-preview";
	}

	private static String fileName(MultipartFile upload) {
		String name = upload.getOriginalFilename().strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
