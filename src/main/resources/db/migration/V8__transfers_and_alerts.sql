-- A second owner registering a serial that is already registered asks for a transfer: the current owner
-- confirms or declines, or staff decide. Never a silent duplicate.
CREATE TABLE transfer_request (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id              BIGINT        NOT NULL,
    from_registration_id BIGINT        NOT NULL,
    requester_id         BIGINT        NOT NULL,
    purchase_date        DATE          NOT NULL,
    retailer             VARCHAR(160)  NOT NULL,
    price                DECIMAL(12,2),
    proof_file_id        BIGINT,
    status               VARCHAR(20)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    decided_at           DATETIME(6),
    decided_by           VARCHAR(254),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_transfer_request PRIMARY KEY (id),
    CONSTRAINT fk_transfer_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_transfer_from_registration FOREIGN KEY (from_registration_id) REFERENCES registration (id),
    CONSTRAINT fk_transfer_requester FOREIGN KEY (requester_id) REFERENCES account (id),
    CONSTRAINT fk_transfer_proof FOREIGN KEY (proof_file_id) REFERENCES stored_file (id),
    CONSTRAINT ck_transfer_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED'))
);
CREATE INDEX ix_transfer_request_unit ON transfer_request (unit_id, status);

-- Things staff must look at that are not claims, e.g. someone tried to register a unit reported stolen.
CREATE TABLE staff_alert (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)   NOT NULL,
    alert_type    VARCHAR(40)   NOT NULL,
    unit_id       BIGINT,
    account_id    BIGINT,
    message       VARCHAR(1000) NOT NULL,
    resolved_at   DATETIME(6),
    CONSTRAINT pk_staff_alert PRIMARY KEY (id)
);
CREATE INDEX ix_staff_alert_open ON staff_alert (resolved_at, occurred_at);
