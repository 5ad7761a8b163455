-- The hourly clean-ups delete rows past their keeping time by the time that ages them (README.md,
-- "What the portal keeps, and for how long"): each batch reads an index range instead of the whole table.
-- mail_outbox is already indexed by (sent_at, next_attempt_at).
CREATE INDEX ix_webhook_delivery_created ON webhook_delivery (created_at);
CREATE INDEX ix_api_idempotency_created ON api_idempotency (created_at);
CREATE INDEX ix_unsubscribe_token_created ON unsubscribe_token (created_at);
