package com.warrantyportal.files.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads. Owners reach only their own files under {@code /my/files} (pictures also inline); staff reach the files attached to claims
 * and registrations under {@code /staff/files}, and each time they do it is audited.
 * Always with nosniff, and inline only for content recognised as a picture, so a file can never run as a page of
 * the portal.
 */
@Controller
class FileDownloadController {

	private final FileStorage storage;

	FileDownloadController(FileStorage storage) {
		this.storage = storage;
	}

	@GetMapping("/my/files/{id}")
	ResponseEntity<Resource> ownerDownload(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		return download(storage.findForOwner(id, user.getAccountId()).orElseThrow(FileDownloadController::notFound));
	}

	/**
	 * The owner's own pictures shown inside their pages (photos chosen for a claim, the claim's photos); another
	 * owner's file, or a PDF, answers 404.
	 */
	@GetMapping("/my/files/{id}/view")
	ResponseEntity<Resource> ownerView(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		StoredFile file = storage.findForOwner(id, user.getAccountId())
			.filter(f -> f.getKind().isImage())
			.orElseThrow(FileDownloadController::notFound);
		return serve(file, ContentDisposition.inline());
	}

	/** Receipts and claim files, for staff: only files attached to a claim or registration, each opening audited. */
	@GetMapping("/staff/files/{id}")
	ResponseEntity<Resource> staffDownload(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		return download(storage.openForStaff(id, user.getUsername(), FileStorage.StaffUse.DOWNLOAD)
			.orElseThrow(FileDownloadController::notFound));
	}

	/**
	 * Pictures shown inside the staff claim page, so agents see receipts and photos without downloading them. Only
	 * files whose content was recognised as JPEG, PNG or WebP are ever served inline; PDFs stay downloads.
	 */
	@GetMapping("/staff/files/{id}/view")
	ResponseEntity<Resource> staffView(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		StoredFile file = storage.find(id)
			.filter(f -> f.getKind().isImage())
			.flatMap(f -> storage.openForStaff(id, user.getUsername(), FileStorage.StaffUse.VIEW))
			.orElseThrow(FileDownloadController::notFound);
		return serve(file, ContentDisposition.inline());
	}

	private ResponseEntity<Resource> download(StoredFile file) {
		return serve(file, ContentDisposition.attachment());
	}

	private ResponseEntity<Resource> serve(StoredFile file, ContentDisposition.Builder disposition) {
		Resource content = storage.content(file);
		if (!content.exists()) {
			throw notFound();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.contentLength(file.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.getName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
	}
}
