-- A covered unit whose recall remedy was carried out: from then on the recall no longer shows on it. Who and when
-- are kept; a unit without a row here is still pending.
CREATE TABLE recall_remedy (
    campaign_id  BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    remedied_on  DATE         NOT NULL,
    remedied_by  VARCHAR(160) NOT NULL,
    CONSTRAINT pk_recall_remedy PRIMARY KEY (campaign_id, unit_id),
    CONSTRAINT fk_recall_remedy_campaign FOREIGN KEY (campaign_id) REFERENCES recall_campaign (id),
    CONSTRAINT fk_recall_remedy_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_recall_remedy_unit ON recall_remedy (unit_id);

-- When the owners of a campaign's units were mailed (once, when it opened).
ALTER TABLE recall_campaign ADD COLUMN owners_notified INT;
