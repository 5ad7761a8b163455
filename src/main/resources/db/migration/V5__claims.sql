-- Warranty claims and their timeline: every step is kept, time-stamped and attributed.
CREATE TABLE claim (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    claim_number    VARCHAR(20)   NOT NULL,
    registration_id BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    owner_id        BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    failure_date    DATE          NOT NULL,
    filed_on        DATE          NOT NULL,
    component       VARCHAR(64)   NOT NULL,
    cause           VARCHAR(30)   NOT NULL,
    description     VARCHAR(5000) NOT NULL,
    assignee_id     BIGINT,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_claim PRIMARY KEY (id),
    CONSTRAINT uk_claim_number UNIQUE (claim_number),
    CONSTRAINT fk_claim_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_claim_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_claim_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT fk_claim_assignee FOREIGN KEY (assignee_id) REFERENCES account (id),
    CONSTRAINT ck_claim_status CHECK (status IN
        ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'CLOSED', 'WITHDRAWN'))
);
CREATE INDEX ix_claim_owner ON claim (owner_id);
CREATE INDEX ix_claim_status_created ON claim (status, created_at, id);
CREATE INDEX ix_claim_unit ON claim (unit_id);

CREATE TABLE claim_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    claim_id    BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor_id    BIGINT,
    actor_label VARCHAR(254)  NOT NULL,
    event_type  VARCHAR(40)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    note        VARCHAR(5000),
    CONSTRAINT pk_claim_event PRIMARY KEY (id),
    CONSTRAINT fk_claim_event_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_event_claim ON claim_event (claim_id, occurred_at);

-- Claim numbers (WC-2026-000123) come from a per-year counter row, locked while it is incremented.
CREATE TABLE claim_number_counter (
    claim_year INT    NOT NULL,
    last_value BIGINT NOT NULL,
    CONSTRAINT pk_claim_number_counter PRIMARY KEY (claim_year)
);
