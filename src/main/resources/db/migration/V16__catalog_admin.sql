-- The catalogue as administrators keep it from the pages: manufacturers' contact details, model numbers compared
-- like serials (case, spaces and dashes ignored), retired models, spare parts and manuals per model.
ALTER TABLE manufacturer ADD COLUMN website VARCHAR(255);
ALTER TABLE manufacturer ADD COLUMN support_email VARCHAR(254);
ALTER TABLE manufacturer ADD COLUMN support_phone VARCHAR(40);

ALTER TABLE product_model ADD COLUMN model_number_key VARCHAR(64);
UPDATE product_model SET model_number_key = UPPER(REPLACE(REPLACE(REPLACE(model_number, ' ', ''), '-', ''), CHAR(9), ''));
ALTER TABLE product_model MODIFY model_number_key VARCHAR(64) NOT NULL;
ALTER TABLE product_model ADD CONSTRAINT uk_product_model_number_key UNIQUE (manufacturer_id, model_number_key);
ALTER TABLE product_model ADD COLUMN retired_at DATETIME(6);
-- The admin list pages by model number (keyset) and searches by its prefix.
CREATE INDEX ix_product_model_number_key ON product_model (model_number_key, id);
CREATE INDEX ix_product_model_name ON product_model (name, id);

CREATE TABLE spare_part (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    model_id     BIGINT        NOT NULL,
    part_number  VARCHAR(64)   NOT NULL,
    name         VARCHAR(160)  NOT NULL,
    component    VARCHAR(64),
    price        DECIMAL(12, 2),
    currency     CHAR(3),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_spare_part PRIMARY KEY (id),
    CONSTRAINT uk_spare_part_number UNIQUE (model_id, part_number),
    CONSTRAINT fk_spare_part_model FOREIGN KEY (model_id) REFERENCES product_model (id)
);

CREATE TABLE model_document (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    model_id    BIGINT        NOT NULL,
    title       VARCHAR(160)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    file_id     BIGINT,
    url         VARCHAR(1000),
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    CONSTRAINT pk_model_document PRIMARY KEY (id),
    CONSTRAINT fk_model_document_model FOREIGN KEY (model_id) REFERENCES product_model (id),
    CONSTRAINT fk_model_document_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT ck_model_document_kind CHECK (kind IN ('MANUAL', 'QUICK_START', 'SAFETY', 'SPECIFICATION', 'OTHER')),
    CONSTRAINT ck_model_document_source CHECK (file_id IS NOT NULL OR url IS NOT NULL)
);
CREATE INDEX ix_model_document_model ON model_document (model_id);
