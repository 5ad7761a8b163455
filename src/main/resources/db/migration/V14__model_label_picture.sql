-- A picture showing where a model's serial label is: owners often cannot find it.
ALTER TABLE product_model ADD COLUMN label_image_file_id BIGINT;
ALTER TABLE product_model ADD CONSTRAINT fk_product_model_label_image FOREIGN KEY (label_image_file_id) REFERENCES stored_file (id);
