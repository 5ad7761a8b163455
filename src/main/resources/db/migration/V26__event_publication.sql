-- Spring Modulith's event publication registry: when a change publishes a domain event inside its transaction, a row
-- per interested transactional listener is written in that same transaction. The listener runs after the commit (in
-- its own transaction); success removes the row, a failure leaves it FAILED for the retry job to resubmit, so a
-- listener that fails (a lock timeout, a lost connection) is retried instead of lost. The layout is the one the
-- registry's JPA entity maps (EVENT_PUBLICATION; identifiers as text so H2, MySQL and MariaDB store them alike).
CREATE TABLE event_publication (
    id                     CHAR(36)     NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       LONGTEXT     NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6),
    status                 VARCHAR(20),
    completion_attempts    INT          NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6),
    CONSTRAINT pk_event_publication PRIMARY KEY (id)
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
CREATE INDEX ix_event_publication_status ON event_publication (status, publication_date);
