-- Extra months bought for a unit; added to every coverage line after the base terms.
CREATE TABLE extended_plan (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    name          VARCHAR(120) NOT NULL,
    months        INT          NOT NULL,
    purchase_date DATE         NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_extended_plan PRIMARY KEY (id),
    CONSTRAINT fk_extended_plan_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_extended_plan_months CHECK (months BETWEEN 1 AND 120)
);
CREATE INDEX ix_extended_plan_unit ON extended_plan (unit_id);
