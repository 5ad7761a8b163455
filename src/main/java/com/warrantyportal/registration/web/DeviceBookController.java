package com.warrantyportal.registration.web;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.registration.DeviceBook;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.ProductView;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The device book on the owner's product page: the label photo, the owner's documents and notes, and the printable
 * product sheet. A refused form shows the product page again with the message beside its field.
 */
@Controller
@RequestMapping("/my/products/{id}")
class DeviceBookController {

	private final DeviceBook deviceBook;

	private final ProductPage page;

	DeviceBookController(DeviceBook deviceBook, OwnerProductViews products, CatalogService catalog) {
		this.deviceBook = deviceBook;
		this.page = new ProductPage(products, catalog, deviceBook);
	}

	@InitBinder("labelPhotoForm")
	void allowedPhotoFields(WebDataBinder binder) {
		binder.setAllowedFields("photo");
	}

	@InitBinder("documentForm")
	void allowedDocumentFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "file");
	}

	@InitBinder("notesForm")
	void allowedNotesFields(WebDataBinder binder) {
		binder.setAllowedFields("version", "notes");
	}

	@GetMapping("/sheet")
	String sheet(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		return page.sheet(user, id, model);
	}

	@PostMapping("/label-photo")
	String attachLabelPhoto(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("labelPhotoForm") LabelPhotoForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!FileStorage.isPresent(form.getPhoto())) {
			result.rejectValue("photo", "deviceBook.labelPhoto.choose");
			return page.show(user, id, model);
		}
		try {
			deviceBook.attachLabelPhoto(user.getAccountId(), id, form.getPhoto());
		}
		catch (FileRejectedException ex) {
			result.rejectValue("photo", ex.getMessageKey(), new Object[] { ex.getFileName() }, null);
			return page.show(user, id, model);
		}
		redirect.addFlashAttribute("message", "deviceBook.labelPhoto.updated");
		return "redirect:/my/products/" + id + "#label-photo";
	}

	@PostMapping("/documents")
	String addDocument(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!FileStorage.isPresent(form.getFile())) {
			result.rejectValue("file", "deviceBook.document.choose");
		}
		if (!result.hasErrors()) {
			try {
				deviceBook.addDocument(user.getAccountId(), id, form.getTitle(), form.getFile());
				redirect.addFlashAttribute("message", "deviceBook.document.added");
				return "redirect:/my/products/" + id + "#my-documents";
			}
			catch (FileRejectedException ex) {
				result.rejectValue("file", ex.getMessageKey(), new Object[] { ex.getFileName() }, null);
			}
		}
		return page.show(user, id, model);
	}

	@PostMapping("/documents/{documentId}/remove")
	String removeDocument(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long documentId, RedirectAttributes redirect) {
		deviceBook.removeDocument(user.getAccountId(), id, documentId);
		redirect.addFlashAttribute("message", "deviceBook.document.removed");
		return "redirect:/my/products/" + id + "#my-documents";
	}

	@PostMapping("/notes")
	String writeNotes(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("notesForm") NotesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(user, id, model);
		}
		try {
			deviceBook.writeNotes(user.getAccountId(), id, form.getVersion(), form.getNotes());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Keep what the owner typed, with the version now saved: saving again replaces the other change knowingly.
			String show = page.show(user, id, model);
			form.setVersion(((ProductView) model.getAttribute("product")).version());
			model.addAttribute("notesConflict", true);
			return show;
		}
		redirect.addFlashAttribute("message", "deviceBook.notes.saved");
		return "redirect:/my/products/" + id + "#notes";
	}
}
