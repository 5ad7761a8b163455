-- The owner's device book of a registered product: their own photo of the serial label, free notes, and PDFs they
-- keep with it. All belong to the registration, so they stay with the owner who added them when the unit is
-- transferred, and the new owner starts an empty book.
ALTER TABLE registration ADD COLUMN label_photo_file_id BIGINT;
ALTER TABLE registration ADD COLUMN notes VARCHAR(2000);
ALTER TABLE registration ADD CONSTRAINT fk_registration_label_photo
    FOREIGN KEY (label_photo_file_id) REFERENCES stored_file (id);

CREATE TABLE registration_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    registration_id BIGINT       NOT NULL,
    file_id         BIGINT       NOT NULL,
    title           VARCHAR(120) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_registration_document PRIMARY KEY (id),
    CONSTRAINT fk_registration_document_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_registration_document_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_registration_document_registration ON registration_document (registration_id);
