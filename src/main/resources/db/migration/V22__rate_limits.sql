-- Request rate limits every instance shares (Bucket4j token buckets under a row lock), e.g. the public serial check
-- per client address. id is the SHA-256 of the limit's name and the client's key, so no address is kept as such;
-- expires_at (epoch milliseconds) says when a bucket is full again and its row can go.
CREATE TABLE rate_bucket (
    id         CHAR(64) NOT NULL,
    state      BLOB,
    expires_at BIGINT,
    CONSTRAINT pk_rate_bucket PRIMARY KEY (id)
);
CREATE INDEX ix_rate_bucket_expires ON rate_bucket (expires_at);
