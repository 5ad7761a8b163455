-- Owners who sign themselves up confirm their e-mail address by a mailed link before they may ask to take over a
-- product registered to someone else. Accounts that exist already (demo, staff, earlier owners) count as confirmed.
ALTER TABLE account ADD COLUMN email_confirmed BOOLEAN DEFAULT TRUE NOT NULL;

-- The links: only a hash of the token is stored; the link itself is only in the mail. Valid for a day, once.
CREATE TABLE email_confirmation_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT pk_email_confirmation_token PRIMARY KEY (id),
    CONSTRAINT uk_email_confirmation_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_email_confirmation_account FOREIGN KEY (account_id) REFERENCES account (id)
);
