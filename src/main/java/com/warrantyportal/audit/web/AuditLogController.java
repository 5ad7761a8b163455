package com.warrantyportal.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditFilter;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.infrastructure.web.SpreadsheetCsv;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for administrators: every recorded action newest first, 50 a page by keyset, filtered by who, what,
 * which object and when, and as CSV with the same filters (at most {@link #CSV_ROWS} rows). Reading and downloading
 * it are recorded in it too.
 */
@Controller
class AuditLogController {

	static final int CSV_ROWS = 100_000;

	private static final int CSV_BATCH = 1000;

	/** Targets with a page an administrator can open, by target type; the id goes in its place. */
	private static final Map<String, String> TARGET_PAGES = Map.of("MODEL", "/admin/models/{id}", "MANUFACTURER",
			"/admin/manufacturers/{id}", "RECALL", "/admin/recalls/{id}", "MAIL", "/admin/mail/{id}");

	private final AuditTrail audit;

	private final Clock clock;

	AuditLogController(AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@InitBinder("auditQuery")
	void queryFields(WebDataBinder binder) {
		binder.setAllowedFields("actor", "action", "targetType", "targetId", "from", "to", "before");
	}

	@GetMapping("/admin/audit")
	String list(Principal administrator, @Valid @ModelAttribute AuditQuery auditQuery, BindingResult problems,
			Model model) {
		List<String> actions = audit.actions();
		List<String> targetTypes = audit.targetTypes();
		AuditFilter filter = check(auditQuery, problems, actions, targetTypes);
		Long before = problems.hasFieldErrors("before") ? null : auditQuery.getBefore();
		List<AuditEntry> page = audit.read(administrator.getName(), filter, before);
		List<AuditEntry> shown = page.size() > AuditTrail.PAGE ? page.subList(0, AuditTrail.PAGE) : page;
		model.addAttribute("lines", shown.stream().map(AuditLogController::line).toList());
		model.addAttribute("next", page.size() > AuditTrail.PAGE
				? link("/admin/audit", filter, auditQuery, shown.get(shown.size() - 1).getId()) : null);
		model.addAttribute("csv", link("/admin/audit.csv", filter, auditQuery, null));
		model.addAttribute("filtered", !filter.equals(AuditFilter.ALL));
		model.addAttribute("csvRows", CSV_ROWS);
		model.addAttribute("actions", actions);
		model.addAttribute("targetTypes", targetTypes);
		model.addAttribute("staleLink", problems.hasFieldErrors("before"));
		return "audit/log";
	}

	/** The filtered entries as CSV, newest first; with a filter that needs correcting, the page with its messages. */
	@GetMapping("/admin/audit.csv")
	ModelAndView csv(Principal administrator, @Valid @ModelAttribute AuditQuery auditQuery, BindingResult problems,
			Model model, HttpServletResponse response) throws IOException {
		AuditFilter filter = check(auditQuery, problems, audit.actions(), audit.targetTypes());
		if (!onlyBeforeIsWrong(problems)) {
			// The checks find the same problems again there (each field keeps one message).
			return new ModelAndView(list(administrator, auditQuery, problems, model));
		}
		audit.exported(administrator.getName(), filter);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-log.csv").build().toString());
		Writer out = response.getWriter();
		out.write(SpreadsheetCsv.row("id", "when", "who", "action", "target_type", "target_id", "details", "address"));
		Long before = null;
		int written = 0;
		List<AuditEntry> batch;
		do {
			batch = audit.batch(filter, before, Math.min(CSV_BATCH, CSV_ROWS - written));
			for (AuditEntry entry : batch) {
				out.write(SpreadsheetCsv.row(String.valueOf(entry.getId()),
						entry.getOccurredAt().atZone(clock.getZone()).toOffsetDateTime().toString(), entry.getActor(),
						entry.getAction(), entry.getTargetType(), entry.getTargetId(), entry.getDetail(),
						entry.getClientAddress()));
				before = entry.getId();
			}
			written += batch.size();
		}
		while (batch.size() == CSV_BATCH && written < CSV_ROWS);
		out.flush();
		// Written: no view.
		return null;
	}

	/**
	 * Adds the problems Bean Validation cannot see (a choice the log does not hold, an impossible or reversed
	 * period) and returns the filter of the fields without problems.
	 */
	private AuditFilter check(AuditQuery query, BindingResult problems, List<String> actions,
			List<String> targetTypes) {
		rejectUnknown(problems, "action", query.getAction(), actions, "audit.action.unknown");
		rejectUnknown(problems, "targetType", query.getTargetType(), targetTypes, "audit.targetType.unknown");
		rejectImplausible(problems, "from", query.getFrom());
		rejectImplausible(problems, "to", query.getTo());
		if (!problems.hasFieldErrors("from") && !problems.hasFieldErrors("to") && query.getFrom() != null
				&& query.getTo() != null && query.getTo().isBefore(query.getFrom())) {
			problems.rejectValue("to", "audit.to.beforeFrom");
		}
		return query.toFilter(clock.getZone(), field -> !problems.hasFieldErrors(field));
	}

	private static void rejectUnknown(BindingResult problems, String field, String value, List<String> known,
			String code) {
		if (!problems.hasFieldErrors(field) && value != null && !value.isBlank() && !known.contains(value.strip())) {
			problems.rejectValue(field, code);
		}
	}

	private static void rejectImplausible(BindingResult problems, String field, LocalDate date) {
		if (!problems.hasFieldErrors(field) && !AuditQuery.isPlausible(date)) {
			problems.rejectValue(field, "audit.date.implausible");
		}
	}

	private static boolean onlyBeforeIsWrong(BindingResult problems) {
		return problems.getFieldErrors().stream().allMatch(error -> "before".equals(error.getField()));
	}

	/** This page or the CSV with the filter as it applies, and the keyset of the page after this one. */
	private static String link(String path, AuditFilter filter, AuditQuery query, Long before) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("actor", filter.actor());
		values.put("action", filter.action());
		values.put("targetType", filter.targetType());
		values.put("targetId", filter.targetId());
		values.put("from", filter.from() == null ? null : query.getFrom());
		values.put("to", filter.to() == null ? null : query.getTo());
		values.put("before", before);
		values.values().removeIf(Objects::isNull);
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		// Each value as a variable, so it is encoded strictly: an e-mail's "+" stays a plus.
		values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
		return uri.encode().buildAndExpand(values).toUriString();
	}

	private static AuditLine line(AuditEntry entry) {
		String page = TARGET_PAGES.get(entry.getTargetType());
		boolean linkable = page != null && entry.getTargetId().matches("\\d{1,18}");
		return new AuditLine(entry, linkable ? page.replace("{id}", entry.getTargetId()) : null);
	}

	/** An entry as the page shows it, with the page of its target where an administrator has one. */
	record AuditLine(AuditEntry entry, String targetPage) {
	}
}
