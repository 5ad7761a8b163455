-- E-mail goes through this outbox: written in the same transaction as the change it reports, sent afterwards and
-- retried with back-off, so a mail-server failure never loses or blocks a claim.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    sent_at         DATETIME(6),
    last_error      VARCHAR(1000),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id)
);
CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, next_attempt_at);
