-- Staff review: the live verdict (for the queue's filter and badge), decisions, and supervisor overrides.
ALTER TABLE claim ADD COLUMN verdict_status VARCHAR(20);
ALTER TABLE claim ADD COLUMN verdict_coverage VARCHAR(20);
ALTER TABLE claim ADD COLUMN override_status VARCHAR(20);
ALTER TABLE claim ADD COLUMN override_reason VARCHAR(1000);
ALTER TABLE claim ADD COLUMN resolution VARCHAR(20);
ALTER TABLE claim ADD COLUMN replacement_serial VARCHAR(64);
ALTER TABLE claim ADD COLUMN remedy_amount DECIMAL(12,2);
ALTER TABLE claim ADD COLUMN rejection_reason VARCHAR(40);
ALTER TABLE claim ADD COLUMN decided_at DATETIME(6);
CREATE INDEX ix_claim_queue ON claim (created_at, id);
CREATE INDEX ix_claim_assignee ON claim (assignee_id, status);

-- The verdict as it stood at each decision, so a later change of terms never rewrites history.
CREATE TABLE verdict_snapshot (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    claim_id         BIGINT        NOT NULL,
    taken_at         DATETIME(6)   NOT NULL,
    taken_for        VARCHAR(40)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    coverage         VARCHAR(20)   NOT NULL,
    reason_codes     VARCHAR(400)  NOT NULL,
    explanations     VARCHAR(4000) NOT NULL,
    summary          VARCHAR(1000) NOT NULL,
    parts_end        DATE,
    labour_end       DATE,
    terms_version_id BIGINT,
    CONSTRAINT pk_verdict_snapshot PRIMARY KEY (id),
    CONSTRAINT fk_verdict_snapshot_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_verdict_snapshot_claim ON verdict_snapshot (claim_id, taken_at);
