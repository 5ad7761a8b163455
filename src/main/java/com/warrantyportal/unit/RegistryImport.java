package com.warrantyportal.unit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One uploaded serial registry file of a manufacturer and how far its import got. The worker moves the counts on
 * with every committed batch (in the same transaction as the lines they count), and every such step bumps
 * {@link #getVersion() the version}: whoever holds an older version (a worker thought dead, a second click on
 * Resume) can no longer change it.
 */
@Entity
@Table(name = "registry_import")
public class RegistryImport {

	/** A running import whose heartbeat is older than this was stopped by a restart or a crash. */
	public static final Duration STALE_AFTER = Duration.ofSeconds(30);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "manufacturer_id", nullable = false)
	private Long manufacturerId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "storage_name", nullable = false)
	private String storageName;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "rows_expected", nullable = false)
	private long rowsExpected;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegistryImportStatus status;

	@Column(name = "rows_read", nullable = false)
	private long rowsRead;

	@Column(name = "rows_loaded", nullable = false)
	private long rowsLoaded;

	@Column(name = "rows_rejected", nullable = false)
	private long rowsRejected;

	@Column(name = "rows_at_run_start", nullable = false)
	private long rowsAtRunStart;

	@Column(name = "statuses_changed")
	private Integer statusesChanged;

	@Column(name = "dates_filled")
	private Integer datesFilled;

	private String problem;

	@Column(name = "problem_detail")
	private String problemDetail;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "run_started_at")
	private Instant runStartedAt;

	@Column(name = "heartbeat_at")
	private Instant heartbeatAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Version
	private long version;

	protected RegistryImport() {
	}

	/** A file just uploaded, waiting for the worker. */
	public RegistryImport(long manufacturerId, String fileName, String storageName, long sizeBytes, long rowsExpected,
			String createdBy, Instant createdAt) {
		this.manufacturerId = manufacturerId;
		this.fileName = fileName;
		this.storageName = storageName;
		this.sizeBytes = sizeBytes;
		this.rowsExpected = rowsExpected;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.heartbeatAt = createdAt;
		this.status = RegistryImportStatus.QUEUED;
	}

	/** The worker takes it on: a new run starts from the rows already read. */
	public void start(Instant at) {
		if (status != RegistryImportStatus.QUEUED) {
			throw new IllegalStateException("Only a queued import can start");
		}
		status = RegistryImportStatus.RUNNING;
		runStartedAt = at;
		heartbeatAt = at;
		rowsAtRunStart = rowsRead;
	}

	/** Counts after a committed batch: they move on in the transaction that loaded the batch. */
	public void recordProgress(long rowsRead, long rowsLoaded, long rowsRejected, Instant at) {
		if (status != RegistryImportStatus.RUNNING) {
			throw new IllegalStateException("Only a running import makes progress");
		}
		this.rowsRead = rowsRead;
		this.rowsLoaded = rowsLoaded;
		this.rowsRejected = rowsRejected;
		this.heartbeatAt = at;
	}

	/** Stopped part-way; it can be resumed. {@code problem} is a key under {@code registry.problem.}. */
	public void interrupt(String problem, String detail) {
		if (!status.isActive()) {
			throw new IllegalStateException("Only a queued or running import can be interrupted");
		}
		status = RegistryImportStatus.INTERRUPTED;
		this.problem = problem;
		this.problemDetail = cut(detail);
	}

	/** The file cannot be read on; it cannot be resumed. {@code problem} is a key under {@code registry.problem.}. */
	public void fail(String problem, String detail, Instant at) {
		if (!status.isActive()) {
			throw new IllegalStateException("Only a queued or running import can fail");
		}
		status = RegistryImportStatus.FAILED;
		this.problem = problem;
		this.problemDetail = cut(detail);
		this.finishedAt = at;
	}

	/** Queues an interrupted import again; it carries on after its last committed line. */
	public void resume(Instant at) {
		if (status != RegistryImportStatus.INTERRUPTED) {
			throw new IllegalStateException("Only an interrupted import can be resumed");
		}
		status = RegistryImportStatus.QUEUED;
		problem = null;
		problemDetail = null;
		heartbeatAt = at;
	}

	/** Every line is in; the units were re-evaluated in the same transaction. */
	public void complete(int statusesChanged, int datesFilled, Instant at) {
		if (status != RegistryImportStatus.RUNNING) {
			throw new IllegalStateException("Only a running import can complete");
		}
		this.status = RegistryImportStatus.COMPLETED;
		this.statusesChanged = statusesChanged;
		this.datesFilled = datesFilled;
		this.finishedAt = at;
		this.heartbeatAt = at;
	}

	/** Share of the expected rows read, 0 to 100; 100 only once complete. */
	public int getPercent() {
		if (status == RegistryImportStatus.COMPLETED) {
			return 100;
		}
		if (rowsExpected <= 0) {
			return 0;
		}
		return (int) Math.min(99, rowsRead * 100 / rowsExpected);
	}

	/** Rows read a second in the current (or last) run; empty before there is anything to measure. */
	public OptionalLong getRowsPerSecond() {
		Instant end = finishedAt != null ? finishedAt : heartbeatAt;
		if (runStartedAt == null || end == null || rowsRead <= rowsAtRunStart) {
			return OptionalLong.empty();
		}
		long millis = Math.max(1, Duration.between(runStartedAt, end).toMillis());
		return OptionalLong.of((rowsRead - rowsAtRunStart) * 1000 / millis);
	}

	/** Seconds left at the current rate while running; empty when there is no rate yet or it is not running. */
	public OptionalLong getSecondsLeft() {
		OptionalLong rate = getRowsPerSecond();
		if (status != RegistryImportStatus.RUNNING || rate.isEmpty() || rate.getAsLong() == 0) {
			return OptionalLong.empty();
		}
		long left = Math.max(0, rowsExpected - rowsRead);
		return OptionalLong.of((left + rate.getAsLong() - 1) / rate.getAsLong());
	}

	/** How long the last run took, for a finished import. */
	public Optional<Duration> getRunDuration() {
		return runStartedAt == null || finishedAt == null ? Optional.empty()
				: Optional.of(Duration.between(runStartedAt, finishedAt));
	}

	private static String cut(String detail) {
		return detail == null || detail.length() <= 255 ? detail : detail.substring(0, 255);
	}

	public boolean isResumable() {
		return status == RegistryImportStatus.INTERRUPTED;
	}

	public Long getId() {
		return id;
	}

	public Long getManufacturerId() {
		return manufacturerId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getStorageName() {
		return storageName;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public long getRowsExpected() {
		return rowsExpected;
	}

	public RegistryImportStatus getStatus() {
		return status;
	}

	public long getRowsRead() {
		return rowsRead;
	}

	public long getRowsLoaded() {
		return rowsLoaded;
	}

	public long getRowsRejected() {
		return rowsRejected;
	}

	public long getRowsAtRunStart() {
		return rowsAtRunStart;
	}

	public Integer getStatusesChanged() {
		return statusesChanged;
	}

	public Integer getDatesFilled() {
		return datesFilled;
	}

	/** Why it stopped or failed: a key under {@code registry.problem.} in the messages; empty otherwise. */
	public String getProblem() {
		return problem;
	}

	public String getProblemDetail() {
		return problemDetail;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getRunStartedAt() {
		return runStartedAt;
	}

	public Instant getHeartbeatAt() {
		return heartbeatAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public long getVersion() {
		return version;
	}
}
