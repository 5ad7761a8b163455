-- A manufacturer's remedy for one or more models, optionally narrowed to a serial range (normalised serials,
-- inclusive, compared as text) or a manufacture-date range, for one component or all ('*'). Open until closed.
CREATE TABLE recall_campaign (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    manufacturer_id   BIGINT        NOT NULL,
    title             VARCHAR(160)  NOT NULL,
    component         VARCHAR(64)   NOT NULL,
    remedy            VARCHAR(1000) NOT NULL,
    serial_from       VARCHAR(64),
    serial_to         VARCHAR(64),
    manufactured_from DATE,
    manufactured_to   DATE,
    opened_on         DATE          NOT NULL,
    closed_on         DATE,
    created_by        VARCHAR(254)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_recall_campaign PRIMARY KEY (id),
    CONSTRAINT fk_recall_campaign_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id)
);

CREATE TABLE recall_campaign_model (
    campaign_id BIGINT NOT NULL,
    model_id    BIGINT NOT NULL,
    CONSTRAINT pk_recall_campaign_model PRIMARY KEY (campaign_id, model_id),
    CONSTRAINT fk_recall_model_campaign FOREIGN KEY (campaign_id) REFERENCES recall_campaign (id),
    CONSTRAINT fk_recall_model_model FOREIGN KEY (model_id) REFERENCES product_model (id)
);
CREATE INDEX ix_recall_campaign_model ON recall_campaign_model (model_id);
