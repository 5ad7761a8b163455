-- An owner's registration of a unit. active_unit_id equals unit_id while the registration is active and is NULL
-- once it ends, so the unique constraint allows at most one active registration per unit on MySQL and H2 alike.
CREATE TABLE registration (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id            BIGINT        NOT NULL,
    active_unit_id     BIGINT,
    owner_id           BIGINT        NOT NULL,
    purchase_date      DATE          NOT NULL,
    retailer           VARCHAR(160)  NOT NULL,
    price              DECIMAL(12,2),
    original_purchaser BOOLEAN       NOT NULL DEFAULT TRUE,
    proof_verified     BOOLEAN       NOT NULL DEFAULT FALSE,
    registered_on      DATE          NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    ended_at           DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_registration PRIMARY KEY (id),
    CONSTRAINT uk_registration_active_unit UNIQUE (active_unit_id),
    CONSTRAINT fk_registration_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_registration_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
CREATE INDEX ix_registration_owner ON registration (owner_id);
