-- Service levels (docs/service-levels.md): how many working days staff have for a claim, per stage, and each open
-- claim's current due time, so the queue can show, filter and count overdue claims from an index.
--   FIRST_RESPONSE: from filing until staff take the claim into review;
--   DECISION: from filing until a decision, the clock paused while the claim waits for the owner's answer.
CREATE TABLE sla_target (
    stage        VARCHAR(20) NOT NULL,
    working_days INT         NOT NULL,
    CONSTRAINT pk_sla_target PRIMARY KEY (stage)
);
INSERT INTO sla_target (stage, working_days) VALUES ('FIRST_RESPONSE', 2);
INSERT INTO sla_target (stage, working_days) VALUES ('DECISION', 10);

-- due_at: the deadline that runs now (NULL while paused or once decided); decision_due_at: the decision deadline,
-- moved on by the working time a pause took; paused_at: when the current pause began.
ALTER TABLE claim ADD COLUMN due_at DATETIME(6) NULL;
ALTER TABLE claim ADD COLUMN decision_due_at DATETIME(6) NULL;
ALTER TABLE claim ADD COLUMN sla_paused_at DATETIME(6) NULL;

-- Claims filed before this migration: deadlines by calendar days (2 working days are at least 2 days, 10 are 14),
-- paused ones from now. Claims filed from now on are timed in working days of the business time zone.
UPDATE claim SET decision_due_at = TIMESTAMPADD(DAY, 14, created_at)
WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED');
UPDATE claim SET due_at = TIMESTAMPADD(DAY, 2, created_at) WHERE status = 'SUBMITTED';
UPDATE claim SET due_at = decision_due_at WHERE status = 'IN_REVIEW';
UPDATE claim SET sla_paused_at = CURRENT_TIMESTAMP WHERE status = 'INFO_REQUESTED';

-- The queue's "overdue" filter reads each status's range of due times; the supervisors' counts per assignee read
-- (assignee_id, status, due_at).
CREATE INDEX ix_claim_status_due ON claim (status, due_at, id);
CREATE INDEX ix_claim_assignee_status_due ON claim (assignee_id, status, due_at);
