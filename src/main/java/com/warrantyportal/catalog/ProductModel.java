package com.warrantyportal.catalog;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A model number: a product line that owns its warranty terms, its components and its serial label hint. */
@Entity
@Table(name = "product_model")
public class ProductModel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "manufacturer_id", nullable = false)
	private Long manufacturerId;

	@Column(name = "model_number", nullable = false)
	private String modelNumber;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String category;

	@Column(name = "release_date")
	private LocalDate releaseDate;

	@Column(name = "serial_label_hint")
	private String serialLabelHint;

	/** Comma-separated component names owners may pick when filing a claim. */
	@Column(nullable = false)
	private String components = "";

	@Column(name = "label_image_file_id")
	private Long labelImageFileId;

	@Version
	private long version;

	protected ProductModel() {
	}

	public ProductModel(Long manufacturerId, String modelNumber, String name, String category, LocalDate releaseDate,
			String serialLabelHint, List<String> components) {
		this.manufacturerId = manufacturerId;
		this.modelNumber = modelNumber;
		this.name = name;
		this.category = category;
		this.releaseDate = releaseDate;
		this.serialLabelHint = serialLabelHint;
		this.components = String.join(",", components);
	}

	public Long getId() {
		return id;
	}

	public Long getManufacturerId() {
		return manufacturerId;
	}

	public String getModelNumber() {
		return modelNumber;
	}

	public String getName() {
		return name;
	}

	public String getCategory() {
		return category;
	}

	public LocalDate getReleaseDate() {
		return releaseDate;
	}

	public String getSerialLabelHint() {
		return serialLabelHint;
	}

	public Long getLabelImageFileId() {
		return labelImageFileId;
	}

	void showLabelImage(Long fileId) {
		this.labelImageFileId = fileId;
	}

	public List<String> getComponents() {
		return components.isBlank() ? List.of()
				: Arrays.stream(components.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
	}
}
