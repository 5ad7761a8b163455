-- The staff queue sorts by age, due time, model number or status (StaffQueue). Each order reads, per status, one
-- index whose leading columns are the filter's equality column, then status, then the order's keyset, as V19 does
-- for age: a page reads the rows it shows, at any depth. Ordering by status reads the age indexes one status after
-- the other; due and model orders need the indexes below.

-- The claim's model number in the form model numbers are compared in (product_model.model_number_key: upper case,
-- no spaces or dashes), copied so the model order has an index on the claim table. Kept by ClaimQueueColumns when a
-- claim is filed and when its model is renumbered. Empty rather than NULL so the keyset never compares a NULL.
ALTER TABLE claim ADD COLUMN model_number_key VARCHAR(64) DEFAULT '' NOT NULL;
UPDATE claim SET model_number_key = COALESCE((SELECT m.model_number_key FROM product_model m WHERE m.id = claim.model_id), '');

-- Model order: alone, and with the manufacturer, verdict and assignee filters. With the model filter the model
-- number is one, and the queue reads the model's age index instead.
CREATE INDEX ix_claim_status_model ON claim (status, model_number_key, created_at, id);
CREATE INDEX ix_claim_queue_manufacturer_model ON claim (manufacturer_id, status, model_number_key, created_at, id);
CREATE INDEX ix_claim_queue_verdict_model ON claim (effective_verdict, status, model_number_key, created_at, id);
CREATE INDEX ix_claim_queue_assignee_model ON claim (assignee_id, status, model_number_key, created_at, id);

-- Due order: ix_claim_status_due (status, due_at, id) and ix_claim_assignee_status_due of V37 serve it alone and
-- with the assignee filters; these serve the model, manufacturer and verdict filters.
CREATE INDEX ix_claim_queue_model_due ON claim (model_id, status, due_at, id);
CREATE INDEX ix_claim_queue_manufacturer_due ON claim (manufacturer_id, status, due_at, id);
CREATE INDEX ix_claim_queue_verdict_due ON claim (effective_verdict, status, due_at, id);
