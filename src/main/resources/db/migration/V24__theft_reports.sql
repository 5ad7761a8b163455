-- A unit's theft or loss reports and their ends, kept as its history: who reported it, when it went missing, the
-- police reference if there is one, and who marked it found again and when.
CREATE TABLE theft_report (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT       NOT NULL,
    reported_by      VARCHAR(160) NOT NULL,
    reported_at      DATETIME(6)  NOT NULL,
    missing_since    DATE         NOT NULL,
    police_reference VARCHAR(80),
    recovered_by     VARCHAR(160),
    recovered_at     DATETIME(6),
    CONSTRAINT pk_theft_report PRIMARY KEY (id),
    CONSTRAINT fk_theft_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_theft_report_unit ON theft_report (unit_id, reported_at);
