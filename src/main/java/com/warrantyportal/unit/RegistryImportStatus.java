package com.warrantyportal.unit;

/** Where a serial registry import stands. */
public enum RegistryImportStatus {
	/** Uploaded and waiting for the import worker. */
	QUEUED,
	/** The worker is loading it; its heartbeat says it is alive. */
	RUNNING,
	/** Every line was read, the good ones loaded, and the manufacturer's units and open claims re-evaluated. */
	COMPLETED,
	/** Stopped part-way (a restart, a database failure): what is loaded stays, and it can be resumed. */
	INTERRUPTED,
	/** The file cannot be read on (it is not valid CSV from some line, or it is gone): upload a corrected file. */
	FAILED;

	/** Still going: its page refreshes itself. */
	public boolean isActive() {
		return this == QUEUED || this == RUNNING;
	}
}
