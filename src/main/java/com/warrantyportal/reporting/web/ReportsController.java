package com.warrantyportal.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.infrastructure.web.SpreadsheetCsv;
import com.warrantyportal.reporting.ReportFilter;
import com.warrantyportal.reporting.ReportSection;
import com.warrantyportal.reporting.Reports;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The reports page and each section's CSV download, for supervisors and administrators. */
@Controller
@RequestMapping("/staff/reports")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class ReportsController {

	private final Reports reports;

	private final CatalogService catalog;

	private final MessageSource messages;

	private final Clock clock;

	ReportsController(Reports reports, CatalogService catalog, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("reportForm")
	void filterFields(WebDataBinder binder) {
		binder.setAllowedFields("from", "to", "manufacturer", "modelNumber", "minUnits");
	}

	@GetMapping
	String page(@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult problems, Model page) {
		ReportFilter filter = filterOf(form, problems);
		Reports.Report report = reports.recent(filter);
		Map<String, String> errors = filterErrors(problems);
		if (report.modelNotFound()) {
			errors.putIfAbsent("modelNumber", messages.getMessage("report.modelNumber.unknown",
					new Object[] { filter.modelNumber() }, locale()));
		}
		page.addAttribute("report", report);
		page.addAttribute("filter", filter);
		page.addAttribute("manufacturers", catalog.manufacturers());
		page.addAttribute("filterErrors", errors);
		return "reporting/reports";
	}

	@GetMapping("/{section}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String section, @Valid @ModelAttribute("reportForm") ReportForm form,
			BindingResult problems) {
		// The figures of the page the supervisor is looking at, at most a minute old (Reports.recent).
		ReportSection table = reports.recent(filterOf(form, problems))
			.section(section)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(section + ".csv").build().toString())
			.body(csvOf(table).getBytes(StandardCharsets.UTF_8));
	}

	/** The section's header row and body rows, cell for cell as the page's table shows them, and its total row. */
	private String csvOf(ReportSection table) {
		StringBuilder csv = new StringBuilder();
		csv.append(SpreadsheetCsv.row(table.columns().stream().map(this::heading).toArray(String[]::new)));
		table.rows().forEach(row -> csv.append(SpreadsheetCsv.row(cells(row))));
		if (table.total() != null) {
			String[] total = cells(table.total());
			total[0] = messages.getMessage("report.total", null, locale());
			csv.append(SpreadsheetCsv.row(total));
		}
		return csv.toString();
	}

	private static String[] cells(List<ReportSection.Cell> row) {
		return row.stream().map(ReportSection.Cell::text).toArray(String[]::new);
	}

	private String heading(ReportSection.Column column) {
		return column.text() != null ? column.text() : messages.getMessage("report.column." + column.key(), null,
				locale());
	}

	private ReportFilter filterOf(ReportForm form, BindingResult problems) {
		Set<String> refused = new HashSet<>();
		problems.getFieldErrors().forEach(error -> refused.add(error.getField()));
		return form.toFilter(LocalDate.now(clock), refused);
	}

	/** Each filter's first problem in words, by field; the period's own checks show beside its end date. */
	private Map<String, String> filterErrors(BindingResult problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (var error : problems.getFieldErrors()) {
			String field = switch (error.getField()) {
				case "toNotBeforeFrom", "periodBounded" -> "to";
				default -> error.getField();
			};
			errors.putIfAbsent(field, messages.getMessage(error, locale()));
		}
		return errors;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
