-- Coverage belongs to the unit: a registration made by a transfer keeps the first retail sale's purchase date,
-- retailer, price, receipt, verified flag and registration date (they start and extend the coverage), and records the
-- new owner's own second-hand purchase beside them, for their records: when, from whom, for how much, their receipt.
ALTER TABLE registration ADD COLUMN acquired_on DATE;
ALTER TABLE registration ADD COLUMN acquired_from VARCHAR(160);
ALTER TABLE registration ADD COLUMN acquired_price DECIMAL(12,2);
ALTER TABLE registration ADD COLUMN acquired_proof_file_id BIGINT;
