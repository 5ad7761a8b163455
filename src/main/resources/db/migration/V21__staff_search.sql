-- Staff search finds owners by the start of their name (a prefix of this index: "ann" finds "Anna Berg"); e-mail
-- addresses, serials, claim numbers and model numbers already have theirs.
CREATE INDEX ix_account_display_name ON account (display_name);

-- The unit page lists the claims whose replacement was this unit.
CREATE INDEX ix_claim_replacement_serial ON claim (replacement_serial);
