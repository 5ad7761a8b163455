-- Uploaded receipts and photos. The bytes live on disk under generated names, outside the web root;
-- this table says whose they are and what they are (type detected from the content, not the name).
CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id      BIGINT       NOT NULL,
    storage_name  VARCHAR(80)  NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_stored_file PRIMARY KEY (id),
    CONSTRAINT uk_stored_file_storage_name UNIQUE (storage_name),
    CONSTRAINT fk_stored_file_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
CREATE INDEX ix_stored_file_owner ON stored_file (owner_id);

ALTER TABLE registration ADD COLUMN proof_file_id BIGINT;
ALTER TABLE registration ADD CONSTRAINT fk_registration_proof FOREIGN KEY (proof_file_id) REFERENCES stored_file (id);
