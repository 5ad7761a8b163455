-- The owners of a new recall are told in batches, each in a transaction of its own (notification RecallMails); the
-- account id of the last owner told, so that a retried or second run goes on from there and tells nobody twice.
ALTER TABLE recall_campaign ADD COLUMN owners_told_up_to BIGINT NULL;
