-- SLA breaches in the reports: the decisions' covering index also holds each claim's decision deadline
-- (decision_due_at, kept once decided), so "decided after its deadline" is counted from the same index range as the
-- other decision figures, without reading a row.
DROP INDEX ix_claim_report_decided ON claim;
CREATE INDEX ix_claim_report_decided ON claim (decided_at, manufacturer_id, model_id, resolution, remedy_amount,
    created_at, decision_due_at);
