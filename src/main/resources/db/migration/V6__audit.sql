-- Append-only record of every staff and administrator action.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    target_type VARCHAR(40)   NOT NULL,
    target_id   VARCHAR(40)   NOT NULL,
    detail      VARCHAR(2000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_target ON audit_entry (target_type, target_id);
