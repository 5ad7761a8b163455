-- Reports (/staff/reports) at 200,000 claims and a million units, without scanning either table per page view.
--
-- Claims: covering indexes rather than a summary table. Every claim figure of the reports is an aggregate over one
-- date range of claims (received: created_at; decided: decided_at), optionally narrowed to a manufacturer or models;
-- the two indexes below lead with that date and hold every column those aggregates read, so a report reads one
-- index range (the period's claims, about a tenth of them for the default twelve weeks) and never a row. Unlike a
-- summary table they cannot drift from the claims (no listener to miss an event, no job to lag) and need nothing
-- from the bench generator, which loads claims without going through the portal's services.
CREATE INDEX ix_claim_report_received ON claim (created_at, manufacturer_id, model_id, component);
-- Decisions: a claim is decided when decided_at is set (approved or rejected, and still so once CLOSED); approved
-- when it has a resolution. The remedy amount is the approved cost; created_at gives the time to decision.
CREATE INDEX ix_claim_report_decided ON claim (decided_at, manufacturer_id, model_id, resolution, remedy_amount,
    created_at);

-- Units: a summary table. The failure rate divides a model's claims by its registered units (and, where its
-- manufacturer keeps a serial registry, by the units built); counting those per view would read a million index
-- entries, so ReportUnitCounts recounts them in the background (every hour by default, on one instance at a time)
-- and the reports read one row per model. The figures are as of counted_at, which the page shows.
CREATE TABLE report_model_units (
    model_id         BIGINT      NOT NULL,
    registered_units BIGINT      NOT NULL,
    built_units      BIGINT      NOT NULL,
    counted_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_report_model_units PRIMARY KEY (model_id)
);
-- When the units were last counted (the page shows it): the index answers MAX(counted_at) without a scan.
CREATE INDEX ix_report_model_units_counted ON report_model_units (counted_at);
