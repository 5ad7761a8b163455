-- Manufacturers' serial registries loaded from CSV files by administrators, in the background.
-- Each registry line may also say when the unit was shipped and to which region. updated_at and import_id say
-- when and by which import a line was last added or changed; an import that finds a line unchanged leaves both
-- as they were. import_id has no foreign key on purpose: a million-row import would pay an index and a lookup per
-- row for a column that is only ever read by people.
ALTER TABLE serial_registry_entry ADD COLUMN ship_date DATE;
ALTER TABLE serial_registry_entry ADD COLUMN region VARCHAR(64);
ALTER TABLE serial_registry_entry ADD COLUMN updated_at DATETIME(6);
ALTER TABLE serial_registry_entry ADD COLUMN import_id BIGINT;

-- One uploaded file and how far its import got. rows_read, rows_loaded and rows_rejected are committed together
-- with the lines they count, so a resumed import carries on after the last committed line. A worker that is alive
-- touches heartbeat_at with every batch; a RUNNING import whose heartbeat is old was stopped by a restart.
-- storage_name is the file's generated name under the uploads folder (outside the web root).
CREATE TABLE registry_import (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    manufacturer_id   BIGINT        NOT NULL,
    file_name         VARCHAR(200)  NOT NULL,
    storage_name      VARCHAR(80)   NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    rows_expected     BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    rows_read         BIGINT        NOT NULL DEFAULT 0,
    rows_loaded       BIGINT        NOT NULL DEFAULT 0,
    rows_rejected     BIGINT        NOT NULL DEFAULT 0,
    rows_at_run_start BIGINT        NOT NULL DEFAULT 0,
    statuses_changed  INT,
    dates_filled      INT,
    problem           VARCHAR(20),
    problem_detail    VARCHAR(255),
    created_by        VARCHAR(254)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    run_started_at    DATETIME(6),
    heartbeat_at      DATETIME(6),
    finished_at       DATETIME(6),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_registry_import PRIMARY KEY (id),
    CONSTRAINT uk_registry_import_storage_name UNIQUE (storage_name),
    CONSTRAINT fk_registry_import_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id),
    CONSTRAINT ck_registry_import_status
        CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'INTERRUPTED', 'FAILED'))
);
CREATE INDEX ix_registry_import_manufacturer ON registry_import (manufacturer_id, id);
CREATE INDEX ix_registry_import_status ON registry_import (status, heartbeat_at);

-- The lines an import did not load, with why (a message key and the value at fault), for the downloadable report.
-- raw is the line as read, cut to 500 characters.
CREATE TABLE registry_import_rejection (
    import_id   BIGINT        NOT NULL,
    line_number BIGINT        NOT NULL,
    reason      VARCHAR(32)   NOT NULL,
    detail      VARCHAR(255),
    other_line  BIGINT,
    raw         VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_registry_import_rejection PRIMARY KEY (import_id, line_number),
    CONSTRAINT fk_registry_import_rejection_import FOREIGN KEY (import_id) REFERENCES registry_import (id)
);
