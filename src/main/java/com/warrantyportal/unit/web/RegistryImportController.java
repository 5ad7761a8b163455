package com.warrantyportal.unit.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.unit.RegistryFileRejectedException;
import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImports;
import com.warrantyportal.unit.RegistryManufacturer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A manufacturer's serial registry for administrators: upload a CSV file, follow its import (the page refreshes
 * itself while it runs), resume it when it was interrupted, download its rejected lines.
 */
@Controller
@RequestMapping("/admin/manufacturers/{manufacturerId}/registry")
class RegistryImportController {

	private static final String LIST = "registry/imports";

	private static final String PROGRESS = "registry/import";

	private final RegistryImports registryImports;

	private final MessageSource messages;

	private final boolean demoData;

	RegistryImportController(RegistryImports registryImports, MessageSource messages,
			@Value("${warranty.demo-data:false}") boolean demoData) {
		this.registryImports = registryImports;
		this.messages = messages;
		this.demoData = demoData;
	}

	@GetMapping
	String list(@PathVariable long manufacturerId, Model model) {
		return renderList(manufacturer(manufacturerId), model);
	}

	@PostMapping
	String upload(@PathVariable long manufacturerId, @AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		RegistryManufacturer manufacturer = manufacturer(manufacturerId);
		String problem;
		Object[] arguments;
		if (file == null || file.isEmpty() || file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()) {
			problem = "registry.file.choose";
			arguments = new Object[0];
		}
		else {
			try (InputStream content = file.getInputStream()) {
				RegistryImport started = registryImports.start(manufacturerId, file.getOriginalFilename(), content,
						user.getUsername());
				redirect.addFlashAttribute("message", "registry.import.queued");
				return "redirect:" + progressPath(manufacturerId, started.getId());
			}
			catch (RegistryFileRejectedException ex) {
				problem = ex.getMessageKey();
				arguments = ex.getArguments();
			}
			catch (IOException ex) {
				problem = "registry.file.unreadable";
				arguments = new Object[] { file.getOriginalFilename() };
			}
		}
		model.addAttribute("fileError", messages.getMessage(problem, arguments, LocaleContextHolder.getLocale()));
		return renderList(manufacturer, model);
	}

	@GetMapping("/imports/{importId}")
	String progress(@PathVariable long manufacturerId, @PathVariable long importId, Model model) {
		RegistryManufacturer manufacturer = manufacturer(manufacturerId);
		RegistryImports.Progress progress = registryImports.progress(manufacturerId, importId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("manufacturer", manufacturer);
		model.addAttribute("registryImport", progress.registryImport());
		model.addAttribute("rejectedLines", progress.firstRejectedLines());
		model.addAttribute("rejectedLinesShown", RegistryImports.REJECTED_LINES_SHOWN);
		return PROGRESS;
	}

	@PostMapping("/imports/{importId}/resume")
	String resume(@PathVariable long manufacturerId, @PathVariable long importId,
			@AuthenticationPrincipal PortalUser user, @RequestParam long version, RedirectAttributes redirect) {
		manufacturer(manufacturerId);
		try {
			registryImports.resume(manufacturerId, importId, version, user.getUsername());
			redirect.addFlashAttribute("message", "registry.import.resumed");
		}
		catch (ObjectOptimisticLockingFailureException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "registry.import.resumeConflict");
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + progressPath(manufacturerId, importId);
	}

	@GetMapping("/imports/{importId}/rejected-lines.csv")
	void rejectedLines(@PathVariable long manufacturerId, @PathVariable long importId, HttpServletResponse response)
			throws IOException {
		registryImports.find(manufacturerId, importId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"registry-import-" + importId + "-rejected-lines.csv\"");
		registryImports.writeRejectedLines(manufacturerId, importId, response.getWriter());
	}

	private String renderList(RegistryManufacturer manufacturer, Model model) {
		model.addAttribute("manufacturer", manufacturer);
		model.addAttribute("imports", registryImports.imports(manufacturer.getId()));
		model.addAttribute("registrySize", registryImports.registrySize(manufacturer.getId()));
		model.addAttribute("demoFile", demoData);
		return LIST;
	}

	private RegistryManufacturer manufacturer(long id) {
		return registryImports.manufacturer(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String progressPath(long manufacturerId, long importId) {
		return "/admin/manufacturers/" + manufacturerId + "/registry/imports/" + importId;
	}
}
