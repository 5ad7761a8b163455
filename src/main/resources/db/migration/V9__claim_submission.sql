-- The one-time token of the form that created a claim: a second submission of the same form finds the first claim
-- instead of creating another.
ALTER TABLE claim ADD COLUMN submission_token VARCHAR(40);
ALTER TABLE claim ADD CONSTRAINT uk_claim_submission_token UNIQUE (submission_token);

-- Photos and documents attached to a claim, by the owner when filing or when answering a request for information.
CREATE TABLE claim_attachment (
    id         BIGINT NOT NULL AUTO_INCREMENT,
    claim_id   BIGINT NOT NULL,
    file_id    BIGINT NOT NULL,
    event_id   BIGINT,
    CONSTRAINT pk_claim_attachment PRIMARY KEY (id),
    CONSTRAINT uk_claim_attachment_file UNIQUE (claim_id, file_id),
    CONSTRAINT fk_claim_attachment_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT fk_claim_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
