-- Manufacturers' serial formats: several per manufacturer, each for all its models or for one model, tried in order.
-- A format is a pattern over the normalised serial (RE2 syntax) whose named groups year, month, week and day give
-- the manufacture date when the registry has none. The one format a manufacturer had so far moves here, and its two
-- columns on manufacturer are dropped so that no second, stale copy can be read.
CREATE TABLE serial_format (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    manufacturer_id BIGINT       NOT NULL,
    model_id        BIGINT,
    pattern         VARCHAR(255) NOT NULL,
    example         VARCHAR(64),
    description     VARCHAR(255),
    position        INT          NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_serial_format PRIMARY KEY (id),
    CONSTRAINT fk_serial_format_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id),
    CONSTRAINT fk_serial_format_model FOREIGN KEY (model_id) REFERENCES product_model (id),
    CONSTRAINT ck_serial_format_position CHECK (position >= 0)
);
-- Registration reads the formats of one manufacturer that apply to one model, in order.
CREATE INDEX ix_serial_format_manufacturer ON serial_format (manufacturer_id, model_id, position);

INSERT INTO serial_format (manufacturer_id, model_id, pattern, example, description, position, version)
SELECT id, NULL, serial_format, serial_format_example, NULL, 0, 0
FROM manufacturer
WHERE serial_format IS NOT NULL AND serial_format <> '';

ALTER TABLE manufacturer DROP COLUMN serial_format;
ALTER TABLE manufacturer DROP COLUMN serial_format_example;
