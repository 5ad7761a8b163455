package com.warrantyportal.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.unit.internal.RegistryFiles;
import com.warrantyportal.unit.internal.RegistryImportQueued;
import com.warrantyportal.unit.internal.RegistryImportRepository;
import com.warrantyportal.unit.internal.RegistryRejections;
import com.warrantyportal.unit.internal.RejectedLine;
import com.warrantyportal.unit.internal.SerialRegistryRepository;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators load a manufacturer's serial registry from a CSV file (docs/registry-import.md). The upload is
 * checked and queued here; the import itself runs in the background, and its page shows how far it got. Whatever
 * stops it part-way leaves it {@link RegistryImportStatus#INTERRUPTED}, and a resume carries on after the last
 * committed line. Starting and resuming are audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'API_MANUFACTURER')")
public class RegistryImports {

	public static final String AUDIT_TARGET = "REGISTRY_IMPORT";

	/** The progress page shows this many bad lines; the downloadable report has them all. */
	public static final int REJECTED_LINES_SHOWN = 20;

	private static final CSVFormat REPORT = CSVFormat.DEFAULT.builder().setHeader("line", "reason", "raw").get();

	private final RegistryImportRepository imports;

	private final SerialRegistryRepository registry;

	private final RegistryFiles files;

	private final RegistryRejections rejections;

	private final RegistryCatalog catalog;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistryImports(RegistryImportRepository imports, SerialRegistryRepository registry, RegistryFiles files,
			RegistryRejections rejections, RegistryCatalog catalog, AuditTrail audit, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.registry = registry;
		this.files = files;
		this.rejections = rejections;
		this.catalog = catalog;
		this.audit = audit;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** A bad line as the page and the report show it: its number, why in words, and the line as read. */
	public record RejectedLineView(long line, String reason, String raw) {
	}

	/**
	 * Keeps the uploaded file and queues its import.
	 * @throws RegistryFileRejectedException when the file is not a registry file (its first line does not name the
	 * columns, it is a spreadsheet …); nothing is queued then
	 */
	@Transactional
	public RegistryImport start(long manufacturerId, String fileName, InputStream content, String actor) {
		RegistryManufacturer manufacturer = catalog.manufacturer(manufacturerId).orElseThrow();
		RegistryFiles.Stored stored = files.store(fileName, content);
		try {
			RegistryImport registryImport = imports.save(new RegistryImport(manufacturerId, stored.fileName(),
					stored.storageName(), stored.sizeBytes(), stored.rowsExpected(), actor, clock.instant()));
			audit.record(actor, "REGISTRY_IMPORT_STARTED", AUDIT_TARGET, registryImport.getId(),
					manufacturer.getName() + ": " + stored.fileName() + ", about " + stored.rowsExpected() + " rows");
			events.publishEvent(new RegistryImportQueued(registryImport.getId()));
			return registryImport;
		}
		catch (RuntimeException ex) {
			files.delete(stored.storageName());
			throw ex;
		}
	}

	/** The manufacturer's latest imports, newest first; any whose worker has gone silent is shown interrupted. */
	@Transactional
	public List<RegistryImport> imports(long manufacturerId) {
		interruptSilent();
		return imports.findTop50ByManufacturerIdOrderByIdDesc(manufacturerId);
	}

	/** One import of the manufacturer, shown interrupted if its worker has gone silent. */
	@Transactional
	public Optional<RegistryImport> find(long manufacturerId, long importId) {
		interruptSilent();
		return imports.findByIdAndManufacturerId(importId, manufacturerId);
	}

	/** An import as its page shows it: how far it got and its first rejected lines. */
	public record Progress(RegistryImport registryImport, List<RejectedLineView> firstRejectedLines) {
	}

	/** One import of the manufacturer with its first rejected lines; shown interrupted if its worker went silent. */
	@Transactional
	public Optional<Progress> progress(long manufacturerId, long importId) {
		return find(manufacturerId, importId).map(found -> {
			if (found.getRowsRejected() == 0) {
				return new Progress(found, List.of());
			}
			String manufacturer = manufacturerName(manufacturerId);
			return new Progress(found, rejections.first(importId, REJECTED_LINES_SHOWN)
				.stream()
				.map(line -> view(line, manufacturer))
				.toList());
		});
	}

	/**
	 * Queues an interrupted import again, as the administrator saw it.
	 * @throws ObjectOptimisticLockingFailureException when it changed since (someone resumed it already)
	 * @throws IllegalStateException when it is not interrupted
	 */
	@Transactional
	public void resume(long manufacturerId, long importId, long expectedVersion, String actor) {
		RegistryImport registryImport = imports.findByIdAndManufacturerId(importId, manufacturerId).orElseThrow();
		if (registryImport.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(RegistryImport.class, importId);
		}
		registryImport.resume(clock.instant());
		imports.flush();
		audit.record(actor, "REGISTRY_IMPORT_RESUMED", AUDIT_TARGET, importId,
				registryImport.getFileName() + " after row " + registryImport.getRowsRead());
		events.publishEvent(new RegistryImportQueued(importId));
	}

	/**
	 * Every bad line of the import as CSV ({@code line,reason,raw}), written as it is read.
	 * @throws java.util.NoSuchElementException when the manufacturer has no such import
	 */
	public void writeRejectedLines(long manufacturerId, long importId, Writer out) throws IOException {
		imports.findByIdAndManufacturerId(importId, manufacturerId).orElseThrow();
		String manufacturer = manufacturerName(manufacturerId);
		CSVPrinter csv = new CSVPrinter(out, REPORT);
		rejections.forEach(importId, line -> {
			RejectedLineView view = view(line, manufacturer);
			try {
				csv.printRecord(view.line(), plain(view.reason()), plain(view.raw()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

	/** The manufacturer whose registry is imported; empty when there is none with this id. */
	public Optional<RegistryManufacturer> manufacturer(long manufacturerId) {
		return catalog.manufacturer(manufacturerId);
	}

	/** How many serials the manufacturer's registry holds. */
	public long registrySize(long manufacturerId) {
		return registry.countByManufacturerId(manufacturerId);
	}

	private void interruptSilent() {
		imports.interruptRunningSilentSince(clock.instant().minus(RegistryImport.STALE_AFTER));
	}

	private String manufacturerName(long manufacturerId) {
		return catalog.manufacturer(manufacturerId).map(RegistryManufacturer::getName).orElse("");
	}

	private RejectedLineView view(RejectedLine line, String manufacturer) {
		String reason = messages.getMessage(line.reason().messageKey(), new Object[] { line.detail(), manufacturer,
				line.otherLine() == null ? null : String.valueOf(line.otherLine()) }, LocaleContextHolder.getLocale());
		return new RejectedLineView(line.line(), reason, line.raw());
	}

	/** A cell starting with =, +, - or @ would run as a formula in a spreadsheet: make it plain text. */
	private static String plain(String cell) {
		return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}
}
