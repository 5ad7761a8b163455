-- The costs of an approved claim, line by line: parts, labour, shipping, or the refund paid to the owner, each with
-- its amount and currency (ISO 4217). All lines of one decision share a currency, so the claim's remedy_amount is
-- their sum and remedy_currency their currency. Decisions approved before cost lines keep their single amount with
-- no lines and no currency (the portal's currency).
CREATE TABLE claim_cost_line (
    claim_id BIGINT        NOT NULL,
    line_no  INT           NOT NULL,
    kind     VARCHAR(16)   NOT NULL,
    amount   DECIMAL(12,2) NOT NULL,
    currency VARCHAR(3)    NOT NULL,
    PRIMARY KEY (claim_id, line_no),
    CONSTRAINT fk_cost_line_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
ALTER TABLE claim ADD COLUMN remedy_currency VARCHAR(3);
