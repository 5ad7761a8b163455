package com.warrantyportal.catalog.web;

import java.time.Duration;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The picture of where a model's serial label is, for anyone signed in. Only images checked by their content are
 * ever stored here, and they are sent with nosniff.
 */
@Controller
class LabelImageController {

	private final CatalogService catalog;

	private final FileStorage files;

	LabelImageController(CatalogService catalog, FileStorage files) {
		this.catalog = catalog;
		this.files = files;
	}

	@GetMapping("/models/{id}/label-image")
	ResponseEntity<Resource> labelImage(@PathVariable long id) {
		StoredFile file = catalog.findModel(id)
			.map(ProductModel::getLabelImageFileId)
			.flatMap(files::find)
			.filter(stored -> stored.getKind().isImage())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Resource content = files.content(file);
		if (!content.exists()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.contentLength(file.getSizeBytes())
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
