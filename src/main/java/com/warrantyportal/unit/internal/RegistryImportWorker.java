package com.warrantyportal.unit.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
 * (constant memory but for the set of serials seen, to find duplicates), checks each line, and hands batches of
 * {@code warranty.registry-import.batch-size} lines to {@code warranty.registry-import.writers} writer threads
 * ({@link BatchPipeline}); the import's counts move on as the batches before them commit. A resumed import first reads
 * the lines already counted again without writing them (to know their serials), then carries on. When every line is
 * in, {@link RegistryImportCompletion} re-evaluates the manufacturer's units.
 */
@Component
public class RegistryImportWorker {

	/** The report keeps this many bad lines; beyond, they are only counted. */
	public static final int MAX_STORED_REJECTIONS = 100_000;

	/**
	 * A queued import nobody has started this long is picked up by whichever instance watches next
	 * ({@code warranty.registry-import.pick-up-after}, this by default).
	 */
	public static final Duration PICK_UP_AFTER = Duration.ofMinutes(1);

	private final Duration pickUpAfter;

	private static final Logger log = LoggerFactory.getLogger(RegistryImportWorker.class);

	private static final Pattern CSV_ERROR_LINE = Pattern.compile("line:? (\\d+)");

	private final ExecutorService executor = Executors.newSingleThreadExecutor(daemon("registry-import"));

	private final ExecutorService writers;

	private final int writerCount;

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
			Clock clock, @Value("${warranty.registry-import.batch-size:5000}") int batchSize,
			@Value("${warranty.registry-import.writers:2}") int writerCount,
			@Value("${warranty.registry-import.pick-up-after:1m}") Duration pickUpAfter) {
		this.pickUpAfter = pickUpAfter;
		this.imports = imports;
		this.writer = writer;
		this.files = files;
		this.completion = completion;
		this.catalog = catalog;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.batchSize = batchSize;
		this.writerCount = writerCount;
		this.writers = Executors.newFixedThreadPool(writerCount, daemon("registry-import-writer"));
	}

	private static ThreadFactory daemon(String name) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Imports handed to this instance's queue and not yet begun. */
	private final Set<Long> waitingHere = ConcurrentHashMap.newKeySet();

	@TransactionalEventListener(fallbackExecution = true)
	void on(RegistryImportQueued queued) {
		waitingHere.add(queued.importId());
		executor.execute(() -> run(queued.importId()));
	}

	/**
	 * At start-up, and then every few seconds on one instance ({@link RegistryImportWatch}): imports left running by
	 * a process that is gone (silent for longer than {@link RegistryImport#STALE_AFTER}) are shown interrupted, so an
	 * administrator sees them and can resume them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void interruptOrphans() {
		Integer orphans = transaction
			.execute(status -> imports.interruptRunningSilentSince(clock.instant().minus(RegistryImport.STALE_AFTER)));
		if (orphans != null && orphans > 0) {
			log.warn("{} registry import(s) left unfinished by a stopped instance are now shown interrupted", orphans);
		}
	}

	/**
	 * Imports still queued {@link #PICK_UP_AFTER} (or as configured) after they were queued or resumed: the instance that queued them
	 * stopped, or is busy with another import. This instance runs them; starting is guarded by the import's version,
	 * so an import runs once even when two instances reach for it together.
	 * @return how many were handed to this instance's worker
	 */
	public int pickUpWaiting() {
		int handed = 0;
		for (Long importId : imports.findQueuedSince(clock.instant().minus(pickUpAfter))) {
			if (waitingHere.add(importId)) { // not already waiting in this instance's queue
				executor.execute(() -> run(importId));
				handed++;
			}
		}
		return handed;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
		writers.shutdownNow();
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
		finally {
			waitingHere.remove(importId); // only now: it has started (committed) or was not there to start
		}
		if (started == null) {
			return;
		}
		Run run = new Run(started);
		try {
			long version = run.load();
			completion.complete(importId, version);
			files.delete(started.getStorageName());
		}
		catch (ImportTakenOverException | OptimisticLockingFailureException ex) {
			log.info("Registry import {} was changed by someone else; this run stops", importId);
		}
		catch (BrokenFile ex) {
			end(run, registryImport -> registryImport.fail(ex.problem, ex.detail, clock.instant()));
			files.delete(started.getStorageName()); // a failed import is not resumed: a corrected file is uploaded
		}
		catch (Stopped ex) {
			end(run, registryImport -> registryImport.interrupt("STOPPED", null));
		}
		catch (RuntimeException ex) {
			log.warn("Registry import {} stopped after row {}", importId, run.pipeline.counted().rowsRead(), ex);
			end(run, registryImport -> registryImport.interrupt("ERROR", rootMessage(ex)));
		}
	}

	/** Records how the run ended, unless someone else has changed the import since (then it is theirs). */
	private void end(Run run, Consumer<RegistryImport> change) {
		try {
			transaction.executeWithoutResult(status -> change.accept(writer.running(run.importId,
					run.pipeline.version())));
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

	/** One run of one import: reads the file from the start and hands on what comes after the lines counted. */
	private final class Run {

		private final long importId;

		private final long manufacturerId;

		private final String storageName;

		private final String fileName;

		private final long alreadyRead;

		private final BatchPipeline pipeline;

		private long rowsRead;

		private long rowsLoaded;

		private long rowsRejected;

		private List<RegistryRow> rows = new ArrayList<>();

		private List<RejectedLine> rejections = new ArrayList<>();

		/** Rows read when the last batch was handed over. */
		private long handedOver;

		Run(RegistryImport registryImport) {
			this.importId = registryImport.getId();
			this.manufacturerId = registryImport.getManufacturerId();
			this.storageName = registryImport.getStorageName();
			this.fileName = registryImport.getFileName();
			this.alreadyRead = registryImport.getRowsRead();
			this.rowsRead = registryImport.getRowsRead();
			this.rowsLoaded = registryImport.getRowsLoaded();
			this.rowsRejected = registryImport.getRowsRejected();
			this.handedOver = rowsRead;
			this.pipeline = new BatchPipeline(writers, writer, clock, importId, registryImport.getVersion(),
					new RegistryBatchWriter.Counts(rowsRead, rowsLoaded, rowsRejected), writerCount + 1);
		}

		/**
		 * Reads and hands on the whole file, then waits for the writers; returns the import's version. A writer's
		 * failure wins over a problem of the file found later: the import is interrupted, not failed.
		 */
		long load() {
			try {
				RuntimeException fileProblem = null;
				try {
					read();
				}
				catch (BrokenFile | Stopped ex) {
					fileProblem = ex;
				}
				catch (RuntimeException ex) {
					if (!pipeline.failed()) {
						throw ex;
					}
					// A batch failed while reading on: finish() below throws the failure of the earliest batch, which
					// may fail after the one that stopped the reading.
				}
				finally {
					pipeline.awaitAll();
				}
				long version = pipeline.finish();
				if (fileProblem != null) {
					throw fileProblem;
				}
				return version;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Stopped();
			}
		}

		private void read() throws InterruptedException {
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
						continue; // counted by an earlier run: read again only for its serials
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
					if (rowsRead - handedOver >= batchSize) {
						handOver();
					}
				}
				handOver();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Whether there is another record; a line that is not CSV ends the import after what came before it. */
		private boolean next(Iterator<CSVRecord> records, CSVParser parser) throws InterruptedException {
			try {
				return records.hasNext();
			}
			catch (UncheckedIOException ex) {
				handOver();
				Matcher line = CSV_ERROR_LINE.matcher(String.valueOf(ex.getMessage()));
				throw new BrokenFile("BROKEN_CSV",
						line.find() ? line.group(1) : String.valueOf(parser.getCurrentLineNumber() + 1));
			}
		}

		/** Hands the lines read since the last batch to the writers, if there are any. */
		private void handOver() throws InterruptedException {
			if (rowsRead == handedOver) {
				return;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new Stopped();
			}
			pipeline.submit(new RegistryBatchWriter.Batch(importId, manufacturerId, rows, rejections, clock.instant()),
					new RegistryBatchWriter.Counts(rowsRead, rowsLoaded, rowsRejected));
			handedOver = rowsRead;
			rows = new ArrayList<>(batchSize);
			rejections = new ArrayList<>();
		}
	}
}
