-- A unit a retailer sold and registered for its buyer through the API: the buyer is mailed an invitation (only its
-- SHA-256 is kept) and adds the product to their account by following it, signed in with the address the retailer
-- gave. Until then the sale is only an invitation: no registration exists.
CREATE TABLE retail_sale (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    api_client_id     BIGINT        NOT NULL,
    retailer          VARCHAR(200)  NOT NULL,
    model_id          BIGINT        NOT NULL,
    serial_display    VARCHAR(64)   NOT NULL,
    purchase_date     DATE          NOT NULL,
    price             DECIMAL(12,2) NULL,
    receipt_reference VARCHAR(100)  NULL,
    buyer_email       VARCHAR(254)  NOT NULL,
    invitation_hash   VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    expires_at        DATETIME(6)   NOT NULL,
    accepted_at       DATETIME(6)   NULL,
    accepted_by       BIGINT        NULL,
    registration_id   BIGINT        NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_retail_sale_invitation UNIQUE (invitation_hash),
    CONSTRAINT fk_retail_sale_model FOREIGN KEY (model_id) REFERENCES product_model (id),
    CONSTRAINT fk_retail_sale_client FOREIGN KEY (api_client_id) REFERENCES api_client (id)
);
CREATE INDEX ix_retail_sale_client ON retail_sale (api_client_id, id);
