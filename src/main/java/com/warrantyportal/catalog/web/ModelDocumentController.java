package com.warrantyportal.catalog.web;

import java.nio.charset.StandardCharsets;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ModelDocument;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A model's manuals and documents for anyone signed in: uploaded PDFs as downloads (nosniff), links as a redirect to
 * the manufacturer's copy.
 */
@Controller
class ModelDocumentController {

	private final CatalogService catalog;

	private final FileStorage files;

	ModelDocumentController(CatalogService catalog, FileStorage files) {
		this.catalog = catalog;
		this.files = files;
	}

	@GetMapping("/models/{id}/documents/{documentId}")
	ResponseEntity<Resource> document(@PathVariable long id, @PathVariable long documentId) {
		ModelDocument document = catalog.findDocument(id, documentId).orElseThrow(ModelDocumentController::notFound);
		if (document.isLink()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, document.getUrl()).build();
		}
		StoredFile file = files.find(document.getFileId()).orElseThrow(ModelDocumentController::notFound);
		Resource content = files.content(file);
		if (!content.exists()) {
			throw notFound();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.contentLength(file.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(content);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
