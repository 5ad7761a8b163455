-- Manufacturers, their models (model numbers) and the versioned warranty terms of each model.
CREATE TABLE manufacturer (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    name                  VARCHAR(120) NOT NULL,
    serial_format         VARCHAR(255),
    serial_format_example VARCHAR(64),
    keeps_registry        BOOLEAN      NOT NULL DEFAULT FALSE,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_manufacturer PRIMARY KEY (id),
    CONSTRAINT uk_manufacturer_name UNIQUE (name)
);

CREATE TABLE product_model (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    manufacturer_id   BIGINT        NOT NULL,
    model_number      VARCHAR(64)   NOT NULL,
    name              VARCHAR(160)  NOT NULL,
    category          VARCHAR(80)   NOT NULL,
    release_date      DATE,
    serial_label_hint VARCHAR(1000),
    components        VARCHAR(1000) NOT NULL DEFAULT '',
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_product_model PRIMARY KEY (id),
    CONSTRAINT uk_product_model_number UNIQUE (manufacturer_id, model_number),
    CONSTRAINT fk_product_model_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id)
);

CREATE TABLE warranty_terms (
    id                         BIGINT      NOT NULL AUTO_INCREMENT,
    model_id                   BIGINT      NOT NULL,
    effective_from             DATE        NOT NULL,
    transferable               BOOLEAN     NOT NULL DEFAULT TRUE,
    filing_window_days         INT         NOT NULL DEFAULT 30,
    no_proof_grace_days        INT         NOT NULL DEFAULT 90,
    registration_bonus_months  INT         NOT NULL DEFAULT 0,
    registration_window_days   INT         NOT NULL DEFAULT 30,
    created_at                 DATETIME(6) NOT NULL,
    created_by                 VARCHAR(254) NOT NULL,
    CONSTRAINT pk_warranty_terms PRIMARY KEY (id),
    CONSTRAINT uk_warranty_terms_effective UNIQUE (model_id, effective_from),
    CONSTRAINT fk_warranty_terms_model FOREIGN KEY (model_id) REFERENCES product_model (id)
);

CREATE TABLE coverage_line (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    terms_id       BIGINT      NOT NULL,
    component      VARCHAR(64) NOT NULL,
    parts_months   INT         NOT NULL,
    labour_months  INT         NOT NULL,
    CONSTRAINT pk_coverage_line PRIMARY KEY (id),
    CONSTRAINT uk_coverage_line_component UNIQUE (terms_id, component),
    CONSTRAINT fk_coverage_line_terms FOREIGN KEY (terms_id) REFERENCES warranty_terms (id)
);
