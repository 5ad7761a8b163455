-- Issue 11, reminders and notifications: what the portal told each owner in the portal itself (notice), what each
-- owner wants by e-mail (notification_setting), which coverage reminders went out (coverage_reminder, once each),
-- the one-click unsubscribe links (unsubscribe_token) and the extra headers a mail carries (mail_outbox.headers).

-- Every notice the portal sent (or would have mailed) to an owner; read_at is NULL until the owner has seen it.
CREATE TABLE notice (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    owner_id    BIGINT        NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    link        VARCHAR(500)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6),
    CONSTRAINT pk_notice PRIMARY KEY (id),
    CONSTRAINT fk_notice_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
-- The header's unread count (owner_id = ? AND read_at IS NULL) and the owner's list, newest first, page by page.
CREATE INDEX ix_notice_unread ON notice (owner_id, read_at);
CREATE INDEX ix_notice_owner ON notice (owner_id, id);

-- An owner's choices; no row means the defaults: reminders 30 days before each end, every kind of mail on.
-- lead_days lists the chosen days before an end, comma-separated ("7,30").
CREATE TABLE notification_setting (
    account_id      BIGINT       NOT NULL,
    lead_days       VARCHAR(40)  NOT NULL,
    reminder_mails  BOOLEAN      NOT NULL DEFAULT TRUE,
    claim_mails     BOOLEAN      NOT NULL DEFAULT TRUE,
    transfer_mails  BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_notification_setting PRIMARY KEY (account_id),
    CONSTRAINT fk_notification_setting_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- One row per reminder the job sent: inserted before the mail is queued, in the same transaction, so the unique key
-- lets no re-run, missed-day catch-up or second instance send the same reminder twice.
CREATE TABLE coverage_reminder (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    registration_id  BIGINT       NOT NULL,
    line             VARCHAR(40)  NOT NULL,
    ends_on          DATE         NOT NULL,
    lead_days        INT          NOT NULL,
    sent_at          DATETIME(6)  NOT NULL,
    CONSTRAINT pk_coverage_reminder PRIMARY KEY (id),
    CONSTRAINT uk_coverage_reminder UNIQUE (registration_id, line, ends_on, lead_days),
    CONSTRAINT fk_coverage_reminder_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

-- The links in mails that switch one kind of mail off; only the SHA-256 of the token is kept.
CREATE TABLE unsubscribe_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash  VARCHAR(64)  NOT NULL,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_unsubscribe_token PRIMARY KEY (id),
    CONSTRAINT uk_unsubscribe_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_unsubscribe_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Extra mail headers (List-Unsubscribe …), one "Name: value" a line.
ALTER TABLE mail_outbox ADD COLUMN headers VARCHAR(2000);
