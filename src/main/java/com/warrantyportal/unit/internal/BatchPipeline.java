package com.warrantyportal.unit.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands an import's batches to the writer threads, a few at a time, and moves the import's counts on once every batch
 * up to a line has committed: batches load side by side on their own connections (the database does the work of
 * two cores), yet the counts always describe a gapless start of the file, which is where a resume carries on. A
 * failure stops the writing of the batches after it; the batches before it are still written and counted, however
 * the writer threads happen to be scheduled, so a run always gets as far as the first batch that failed.
 */
final class BatchPipeline {

	private final Executor writers;

	private final RegistryBatchWriter writer;

	private final Clock clock;

	private final long importId;

	private final int slotCount;

	private final Semaphore slots;

	private final Map<Long, RegistryBatchWriter.Counts> committedAhead = new HashMap<>();

	private long submitted;

	private long counted;

	private long version;

	private RegistryBatchWriter.Counts countedUpTo;

	/** The earliest batch that failed and why, once one has; the batches after it are not written. */
	private final AtomicReference<Failure> earliestFailure = new AtomicReference<>();

	private record Failure(long sequence, RuntimeException cause) {
	}

	/**
	 * @param version the import's version as this run left it
	 * @param inFlight how many batches may be handed over and not yet written
	 */
	BatchPipeline(Executor writers, RegistryBatchWriter writer, Clock clock, long importId, long version,
			RegistryBatchWriter.Counts counts, int inFlight) {
		this.writers = writers;
		this.writer = writer;
		this.clock = clock;
		this.importId = importId;
		this.version = version;
		this.countedUpTo = counts;
		this.slotCount = inFlight;
		this.slots = new Semaphore(inFlight);
	}

	/**
	 * Hands the batch over; waits while too many are in flight.
	 * @param after the import's counts once this batch and all before it are in
	 * @throws RuntimeException the failure of an earlier batch, if one failed
	 */
	void submit(RegistryBatchWriter.Batch batch, RegistryBatchWriter.Counts after) throws InterruptedException {
		throwIfFailed();
		slots.acquire();
		long sequence = ++submitted;
		try {
			writers.execute(() -> {
				try {
					Failure failure = earliestFailure.get();
					if (failure == null || sequence < failure.sequence()) {
						writer.write(batch);
						committed(sequence, after);
					}
				}
				catch (RuntimeException ex) {
					fail(sequence, ex);
				}
				finally {
					slots.release();
				}
			});
		}
		catch (RuntimeException ex) {
			slots.release();
			throw ex;
		}
	}

	/**
	 * Waits until every batch handed over is written and counted.
	 * @return the import's version after the last count
	 * @throws RuntimeException the failure of the earliest batch that failed, if any
	 */
	long finish() throws InterruptedException {
		awaitAll();
		throwIfFailed();
		return version();
	}

	/** Waits until no batch is being written any more, whatever became of them. */
	void awaitAll() throws InterruptedException {
		slots.acquire(slotCount);
		slots.release(slotCount);
	}

	/** The import's version as this run last changed it. */
	synchronized long version() {
		return version;
	}

	/** The counts last recorded: up to where the file is in. */
	synchronized RegistryBatchWriter.Counts counted() {
		return countedUpTo;
	}

	private synchronized void committed(long sequence, RegistryBatchWriter.Counts after) {
		committedAhead.put(sequence, after);
		RegistryBatchWriter.Counts latest = null;
		while (committedAhead.containsKey(counted + 1)) {
			latest = committedAhead.remove(++counted);
		}
		// Counted even when a later batch failed meanwhile: everything up to here is in.
		if (latest != null) {
			version = writer.progress(importId, version, latest, clock.instant());
			countedUpTo = latest;
		}
	}

	private void fail(long sequence, RuntimeException ex) {
		earliestFailure.accumulateAndGet(new Failure(sequence, ex),
				(earlier, now) -> earlier == null || now.sequence() < earlier.sequence() ? now : earlier);
	}

	/** Whether a batch failed: the run stops reading, and {@link #finish()} throws the earliest failure. */
	boolean failed() {
		return earliestFailure.get() != null;
	}

	private void throwIfFailed() {
		Failure earliest = earliestFailure.get();
		if (earliest != null) {
			throw earliest.cause();
		}
	}
}
