-- The staff queue at a million units. Every filter of the queue reads one index whose leading columns are its
-- equality filters, then status, then the keyset (created_at, id): a page reads the 50 rows it shows, whatever the
-- filter, however deep. Several statuses (all open ones, or any) are read as one index range per status and merged
-- (see StaffQueue), so one index per filter serves one status, the open ones and all of them.

-- A claim's model and manufacturer, copied from its unit when it is filed (ClaimQueueColumns), so the model and
-- manufacturer filters have an index of their own. A unit never changes model, and a claim never changes unit.
-- No foreign keys: these are copies of the unit's own, which has them.
ALTER TABLE claim ADD COLUMN model_id BIGINT;
ALTER TABLE claim ADD COLUMN manufacturer_id BIGINT;
UPDATE claim SET model_id = (SELECT u.model_id FROM unit u WHERE u.id = claim.unit_id),
    manufacturer_id = (SELECT u.manufacturer_id FROM unit u WHERE u.id = claim.unit_id);

-- The verdict staff act on (a supervisor's override, else the engine's), computed by the database from the columns
-- the claim already keeps, so the verdict filter has an index too.
ALTER TABLE claim ADD COLUMN effective_verdict VARCHAR(20) GENERATED ALWAYS AS (COALESCE(override_status, verdict_status));

-- ix_claim_status_created (status, created_at, id) of V5 serves a status filter alone.
CREATE INDEX ix_claim_queue_model ON claim (model_id, status, created_at, id);
CREATE INDEX ix_claim_queue_manufacturer ON claim (manufacturer_id, status, created_at, id);
CREATE INDEX ix_claim_queue_verdict ON claim (effective_verdict, status, created_at, id);
-- "Mine" and "unassigned" (assignee_id IS NULL); replaces ix_claim_assignee (assignee_id, status), its prefix.
CREATE INDEX ix_claim_queue_assignee ON claim (assignee_id, status, created_at, id);
DROP INDEX ix_claim_assignee ON claim;

-- The staff claim page lists the alerts on the claim's serial.
CREATE INDEX ix_staff_alert_unit ON staff_alert (unit_id, occurred_at);
