-- Pages that read whole tables once the portal holds 300,000 owners and hundreds of thousands of deliveries.

-- The staff accounts page and the supervisor's workload read the staff by role (tens among 300,000 owners); the
-- accounts page in role and e-mail order.
CREATE INDEX ix_account_role_email ON account (role, email);

-- The staff's list of pending transfers, oldest first, a page at a time (decided transfers are never deleted).
CREATE INDEX ix_transfer_request_status_created ON transfer_request (status, created_at, id);

-- A webhook's delivery counts by status and its last delivery, from the index alone.
CREATE INDEX ix_webhook_delivery_webhook_status ON webhook_delivery (webhook_id, status, delivered_at);
