-- Staff accounts are audited under their e-mail address, which may be up to 254 characters: the target id was 40,
-- so creating an account with a longer address failed.
ALTER TABLE audit_entry MODIFY target_id VARCHAR(254) NOT NULL;
