-- Photos and documents an owner chose on a claim form that is not filed yet (before "Check my coverage first", or
-- before a submit that came back with a message), kept with the form's one-time token so they are filed with the
-- claim. Only their owner sees them; filing moves them onto the claim (claim_attachment) and removes the row here.
-- Rows nobody filed are removed with their files after a while (PendingClaimFilesCleanup).
CREATE TABLE pending_claim_file (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    owner_id         BIGINT      NOT NULL,
    submission_token VARCHAR(40) NOT NULL,
    file_id          BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_pending_claim_file PRIMARY KEY (id),
    CONSTRAINT uk_pending_claim_file_file UNIQUE (file_id),
    CONSTRAINT fk_pending_claim_file_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT fk_pending_claim_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_pending_claim_file_form ON pending_claim_file (owner_id, submission_token);
CREATE INDEX ix_pending_claim_file_created ON pending_claim_file (created_at);
