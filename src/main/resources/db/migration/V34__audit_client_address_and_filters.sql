-- The audit log page (/admin/audit): each entry keeps the client address it came from (45 characters hold any IPv6
-- text form; null for background jobs), and every filter of the page reads an index in id order, so the newest-first
-- keyset page (ORDER BY id DESC LIMIT 51, then id < the last one shown) stops after 51 index entries instead of
-- sorting every match on a large table:
--   actor e-mail        -> (actor, id)
--   action              -> (action, id); also gives the action choices by a loose index scan (SELECT DISTINCT)
--   target type and id  -> the existing ix_audit_entry_target (target_type, target_id): InnoDB appends the primary
--                          key to every secondary index, so it is already (target_type, target_id, id) and is kept
--   target type alone   -> (target_type, id): the one above would sort every entry of a type (all claims)
--   from / to dates     -> (occurred_at, id): a narrow period is a range read; a wide one goes down the primary key
--                          and stops after a page, ids growing with time.
-- Combined filters use the most selective of these and check the rest on the rows read.
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(45);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, id);
CREATE INDEX ix_audit_entry_type ON audit_entry (target_type, id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at, id);
