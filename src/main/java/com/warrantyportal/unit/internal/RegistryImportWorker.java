package com.warrantyportal.unit.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.unit.RegistryCatalog;
import com.warrantyportal.unit.RegistryFileRejectedException;
import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.RegistryImportStatus;

import jakarta.annotation.PreDestroy;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs registry imports in the background, one at a time, on a thread of its own. A run streams the stored file
 * (constant memory but for the set of serials seen, to find duplicates), checks each line, and commits batches of
 * {@code warranty.registry-import.batch-size} lines together with the import's counts. A resumed import first reads
 * the lines it already committed again without writing them (to know their serials), then carries on. When every
 * line is in, {@link RegistryImportCompletion} re-evaluates the manufacturer's units.
 */
@Component
public class RegistryImportWorker {

	/** The report keeps this many bad lines; beyond, they are only counted. */
	public static final int MAX_STORED_REJECTIONS = 100_000;

	private static final Logger log = LoggerFactory.getLogger(RegistryImportWorker.class);

	private static final Pattern CSV_ERROR_LINE = Pattern.compile("line:? (\\d+)");

	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "registry-import");
		thread.setDaemon(true);
		return thread;
	});

	private final RegistryImportRepository imports;

	private final RegistryBatchWriter writer;

	private final RegistryFiles files;

	private final RegistryImportCompletion completion;

	private final RegistryCatalog catalog;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int batchSize;

	RegistryImportWorker(RegistryImportRepository imports, RegistryBatchWriter writer, RegistryFiles files,
			RegistryImportCompletion completion, RegistryCatalog catalog, PlatformTransactionManager transactions,
			Clock clock, @Value("${warranty.registry-import.batch-size:5000}") int batchSize) {
		this.imports = imports;
		this.writer = writer;
		this.files = files;
		this.completion = completion;
		this.catalog = catalog;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.batchSize = batchSize;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(RegistryImportQueued queued) {
		executor.execute(() -> run(queued.importId()));
	}

	/**
	 * At start-up nothing of this process is running yet: imports left running by a process that is gone (silent for
	 * longer than {@link RegistryImport#STALE_AFTER}), and queued ones, whose queue was in its memory, are
	 * interrupted so an administrator sees them and can resume them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void interruptOrphans() {
		Integer orphans = transaction.execute(status -> imports.interruptQueued()
				+ imports.interruptRunningSilentSince(clock.instant().minus(RegistryImport.STALE_AFTER)));
		if (orphans != null && orphans > 0) {
			log.warn("{} registry import(s) left unfinished by an earlier run are now shown interrupted", orphans);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** Imports one file from where it stands; whatever happens, it ends completed, interrupted or failed. */
	void run(long importId) {
		RegistryImport started;
		try {
			started = transaction.execute(status -> {
				RegistryImport queued = imports.findById(importId).orElse(null);
				if (queued == null || queued.getStatus() != RegistryImportStatus.QUEUED) {
					return null;
				}
				queued.start(clock.instant());
				return queued;
			});
		}
		catch (OptimisticLockingFailureException ex) {
			return;
		}
		if (started == null) {
			return;
		}
		Run run = new Run(started);
		try {
			run.load();
			completion.complete(importId, run.version);
			files.delete(started.getStorageName());
		}
		catch (ImportTakenOverException | OptimisticLockingFailureException ex) {
			log.info("Registry import {} was changed by someone else; this run stops", importId);
		}
		catch (BrokenFile ex) {
			end(run, registryImport -> registryImport.fail(ex.problem, ex.detail, clock.instant()));
		}
		catch (Stopped ex) {
			end(run, registryImport -> registryImport.interrupt("STOPPED", null));
		}
		catch (RuntimeException ex) {
			log.warn("Registry import {} stopped after row {}", importId, run.committedRead, ex);
			end(run, registryImport -> registryImport.interrupt("ERROR", rootMessage(ex)));
		}
	}

	/** Records how the run ended, unless someone else has changed the import since (then it is theirs). */
	private void end(Run run, java.util.function.Consumer<RegistryImport> change) {
		try {
			transaction.executeWithoutResult(status -> {
				RegistryImport registryImport = writer.running(run.importId, run.version);
				change.accept(registryImport);
			});
		}
		catch (ImportTakenOverException | OptimisticLockingFailureException ex) {
			log.info("Registry import {} changed meanwhile; leaving it as it is", run.importId);
		}
		catch (RuntimeException ex) {
			// The database may be down: the silent heartbeat will show the import interrupted.
			log.warn("Could not record how registry import {} ended", run.importId, ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	/** The file cannot be read on; {@code problem} is a key under {@code registry.problem.}. */
	private static final class BrokenFile extends RuntimeException {

		private final String problem;

		private final String detail;

		BrokenFile(String problem, String detail) {
			super(problem, null, false, false);
			this.problem = problem;
			this.detail = detail;
		}
	}

	/** The process is shutting down. */
	private static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopped", null, false, false);
		}
	}

	/** One run of one import: where it stands in the file and what it has committed. */
	private final class Run {

		private final long importId;

		private final long manufacturerId;

		private final String storageName;

		private final String fileName;

		private final long alreadyRead;

		private long version;

		private long rowsRead;

		private long rowsLoaded;

		private long rowsRejected;

		private long committedRead;

		private final List<RegistryRow> rows = new ArrayList<>();

		private final List<RejectedLine> rejections = new ArrayList<>();

		Run(RegistryImport registryImport) {
			this.importId = registryImport.getId();
			this.manufacturerId = registryImport.getManufacturerId();
			this.storageName = registryImport.getStorageName();
			this.fileName = registryImport.getFileName();
			this.alreadyRead = registryImport.getRowsRead();
			this.version = registryImport.getVersion();
			this.rowsRead = registryImport.getRowsRead();
			this.rowsLoaded = registryImport.getRowsLoaded();
			this.rowsRejected = registryImport.getRowsRejected();
			this.committedRead = rowsRead;
		}

		void load() {
			if (!files.exists(storageName)) {
				throw new BrokenFile("FILE_MISSING", null);
			}
			Map<String, Long> models = catalog.modelIdsByNumberKey(manufacturerId);
			try (Reader reader = files.open(storageName); CSVParser parser = RegistryCsv.parse(reader)) {
				Iterator<CSVRecord> records = parser.iterator();
				RegistryLines lines;
				try {
					lines = new RegistryLines(RegistryCsv.header(records, fileName), models, catalog::modelNumberKey);
				}
				catch (RegistryFileRejectedException ex) {
					throw new BrokenFile("NOT_REGISTRY", null);
				}
				SerialKeySet seen = new SerialKeySet();
				long record = 0;
				while (next(records, parser)) {
					CSVRecord csv = records.next();
					record++;
					long line = RegistryCsv.startLine(parser, csv);
					RegistryLines.Checked checked = lines.check(csv);
					RejectedLine rejected = null;
					if (checked instanceof RegistryLines.Good good) {
						long first = seen.addIfAbsent(good.row().serialKey(), line);
						if (first != 0) {
							rejected = new RejectedLine(line, RejectionReason.DUPLICATE, good.row().serialDisplay(),
									first, null);
						}
					}
					else if (checked instanceof RegistryLines.Bad bad) {
						rejected = new RejectedLine(line, bad.reason(), bad.detail(), null, null);
					}
					if (record <= alreadyRead) {
						continue; // committed by an earlier run: read again only for its serials
					}
					rowsRead++;
					if (rejected == null) {
						rows.add(((RegistryLines.Good) checked).row());
						rowsLoaded++;
					}
					else {
						if (rowsRejected < MAX_STORED_REJECTIONS) {
							rejections.add(new RejectedLine(rejected.line(), rejected.reason(), rejected.detail(),
									rejected.otherLine(), RegistryCsv.raw(csv)));
						}
						rowsRejected++;
					}
					if (rowsRead - committedRead >= batchSize) {
						commit();
					}
				}
				commit();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Whether there is another record; a line that is not CSV ends the import after what came before it. */
		private boolean next(Iterator<CSVRecord> records, CSVParser parser) {
			try {
				return records.hasNext();
			}
			catch (UncheckedIOException ex) {
				commit();
				Matcher line = CSV_ERROR_LINE.matcher(String.valueOf(ex.getMessage()));
				throw new BrokenFile("BROKEN_CSV",
						line.find() ? line.group(1) : String.valueOf(parser.getCurrentLineNumber() + 1));
			}
		}

		private void commit() {
			if (rowsRead == committedRead) {
				return;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new Stopped();
			}
			version = writer.write(new RegistryBatchWriter.Batch(importId, manufacturerId, version, List.copyOf(rows),
					List.copyOf(rejections), rowsRead, rowsLoaded, rowsRejected, clock.instant()));
			committedRead = rowsRead;
			rows.clear();
			rejections.clear();
		}
	}
}
