-- The integration API's clients: one row per token an administrator issued to an organisation (a retailer, a
-- manufacturer, or a read-only reader). Only the token's SHA-256 hash is kept; token_hint is its first characters,
-- so administrators can tell tokens apart. A manufacturer's token sees only that manufacturer's models, units and
-- claims (manufacturer_id).
CREATE TABLE api_client (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation    VARCHAR(200) NOT NULL,
    scope           VARCHAR(20)  NOT NULL,
    manufacturer_id BIGINT       NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    token_hint      VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(254) NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    revoked_at      DATETIME(6)  NULL,
    revoked_by      VARCHAR(254) NULL,
    last_used_at    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_client_token UNIQUE (token_hash),
    CONSTRAINT fk_api_client_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id)
);

-- What a POST that creates something answered, by the client's Idempotency-Key, so a retry gets the same answer
-- instead of a second creation; request_hash tells a retry from a different request reusing the key.
CREATE TABLE api_idempotency (
    client_id     BIGINT        NOT NULL,
    idem_key      VARCHAR(100)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INT           NULL,
    location      VARCHAR(500)  NULL,
    body          MEDIUMTEXT    NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (client_id, idem_key),
    CONSTRAINT fk_api_idempotency_client FOREIGN KEY (client_id) REFERENCES api_client (id)
);

-- A manufacturer's claims in the order they changed, for the API's keyset sync.
CREATE INDEX ix_claim_manufacturer_updated ON claim (manufacturer_id, updated_at, id);
