-- Staff may open a stored file only when it is attached to a claim or a registration; the check looks the file up
-- by each column that can hold it. The other columns are indexed by their foreign keys; this one had none.
CREATE INDEX ix_registration_acquired_proof ON registration (acquired_proof_file_id);
