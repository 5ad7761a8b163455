-- Administrators read what the portal sent to one address (/admin/mail?to=…), newest first.
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient, id);
