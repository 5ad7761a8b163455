package com.warrantyportal.catalog;

import java.time.Instant;
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

	/** The model number as compared: see {@link ModelNumber}. Unique per manufacturer. */
	@Column(name = "model_number_key", nullable = false)
	private String modelNumberKey;

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

	/** Set when the model is no longer sold: owners can no longer pick it, its units keep their coverage. */
	@Column(name = "retired_at")
	private Instant retiredAt;

	@Version
	private long version;

	protected ProductModel() {
	}

	public ProductModel(Long manufacturerId, String modelNumber, String name, String category, LocalDate releaseDate,
			String serialLabelHint, List<String> components) {
		this.manufacturerId = manufacturerId;
		describe(ModelNumber.of(modelNumber), name, category, releaseDate, serialLabelHint, components);
	}

	/** Changes what the model is called and what it is made of; its terms, parts and documents are kept apart. */
	public void describe(ModelNumber number, String name, String category, LocalDate releaseDate,
			String serialLabelHint, List<String> components) {
		this.modelNumber = number.display();
		this.modelNumberKey = number.key();
		this.name = name;
		this.category = category;
		this.releaseDate = releaseDate;
		this.serialLabelHint = serialLabelHint;
		this.components = String.join(",", components);
	}

	/** No longer sold: owners can no longer choose it when registering. Units already registered keep everything. */
	public void retire(Instant at) {
		if (retiredAt != null) {
			throw new IllegalStateException("Model " + modelNumber + " is already retired");
		}
		this.retiredAt = at;
	}

	/** Back on sale. */
	public void reinstate() {
		if (retiredAt == null) {
			throw new IllegalStateException("Model " + modelNumber + " is not retired");
		}
		this.retiredAt = null;
	}

	public boolean isRetired() {
		return retiredAt != null;
	}

	public Instant getRetiredAt() {
		return retiredAt;
	}

	public String getModelNumberKey() {
		return modelNumberKey;
	}

	public long getVersion() {
		return version;
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
		return componentsOf(components);
	}

	/** The components as the {@code components} column keeps them: comma-separated names. */
	public static List<String> componentsOf(String column) {
		return column == null || column.isBlank() ? List.of()
				: Arrays.stream(column.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
	}
}
