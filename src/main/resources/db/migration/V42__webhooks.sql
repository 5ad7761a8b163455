-- Webhooks: a manufacturer's URLs that receive its claims' status changes. The secret signs each delivery
-- (HMAC-SHA256), so it is kept as given out (a signing key must be readable to sign); it is shown once, when the
-- webhook is registered, and never answered again.
CREATE TABLE webhook (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    api_client_id   BIGINT       NOT NULL,
    manufacturer_id BIGINT       NOT NULL,
    url             VARCHAR(500) NOT NULL,
    secret          VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_client FOREIGN KEY (api_client_id) REFERENCES api_client (id),
    CONSTRAINT fk_webhook_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id)
);
CREATE INDEX ix_webhook_manufacturer ON webhook (manufacturer_id);

-- Each delivery, written in the transaction of the claim's change (an outbox: nothing is lost when the portal
-- stops), sent and retried with back-off by one instance at a time, its every attempt's answer kept.
CREATE TABLE webhook_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    webhook_id       BIGINT        NOT NULL,
    event            VARCHAR(40)   NOT NULL,
    payload          TEXT          NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NULL,
    last_status_code INT           NULL,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    delivered_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at, id);
CREATE INDEX ix_webhook_delivery_webhook ON webhook_delivery (webhook_id, id);
