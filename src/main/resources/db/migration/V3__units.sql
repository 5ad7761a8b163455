-- Physical units by serial number, and the serial registries that manufacturers publish.
-- serial_key is the normalised serial (upper case, spaces and dashes removed); serial_display is as typed.
CREATE TABLE serial_registry_entry (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    manufacturer_id  BIGINT      NOT NULL,
    serial_key       VARCHAR(64) NOT NULL,
    serial_display   VARCHAR(64) NOT NULL,
    model_id         BIGINT      NOT NULL,
    manufacture_date DATE,
    CONSTRAINT pk_serial_registry_entry PRIMARY KEY (id),
    CONSTRAINT uk_serial_registry_serial UNIQUE (manufacturer_id, serial_key),
    CONSTRAINT fk_serial_registry_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id),
    CONSTRAINT fk_serial_registry_model FOREIGN KEY (model_id) REFERENCES product_model (id)
);

CREATE TABLE unit (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    manufacturer_id  BIGINT      NOT NULL,
    model_id         BIGINT      NOT NULL,
    serial_key       VARCHAR(64) NOT NULL,
    serial_display   VARCHAR(64) NOT NULL,
    serial_status    VARCHAR(20) NOT NULL,
    manufacture_date DATE,
    created_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_unit PRIMARY KEY (id),
    CONSTRAINT uk_unit_serial UNIQUE (manufacturer_id, serial_key),
    CONSTRAINT fk_unit_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id),
    CONSTRAINT fk_unit_model FOREIGN KEY (model_id) REFERENCES product_model (id),
    CONSTRAINT ck_unit_serial_status CHECK (serial_status IN ('OK', 'STOLEN', 'UNKNOWN', 'MODEL_MISMATCH'))
);
CREATE INDEX ix_unit_serial_key ON unit (serial_key);
