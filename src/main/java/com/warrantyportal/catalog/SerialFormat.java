package com.warrantyportal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of a manufacturer's serial formats, for all its models or for one ({@link #getModelId()}): a pattern
 * ({@link SerialPattern}), an example shown to owners and a note for administrators. Part of the {@link Manufacturer}
 * aggregate: added and removed through it, so a saved format always holds a pattern that compiles.
 */
@Entity
@Table(name = "serial_format")
public class SerialFormat {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "manufacturer_id", nullable = false)
	private Manufacturer manufacturer;

	/** The one model this format is for; null for every model of the manufacturer. */
	@Column(name = "model_id")
	private Long modelId;

	@Column(nullable = false)
	private String pattern;

	private String example;

	private String description;

	/** Formats are tried, and their examples shown, in this order. */
	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected SerialFormat() {
	}

	SerialFormat(Manufacturer manufacturer, int position, Long modelId, String pattern, String example,
			String description) {
		this.manufacturer = manufacturer;
		this.position = position;
		describe(modelId, pattern, example, description);
	}

	/** Changes what the format says; the pattern must be one {@link SerialPattern#parse} accepts. */
	void describe(Long modelId, String pattern, String example, String description) {
		SerialPattern.of(pattern);
		this.modelId = modelId;
		this.pattern = pattern;
		this.example = blankToNull(example);
		this.description = blankToNull(description);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public Long getManufacturerId() {
		return manufacturer.getId();
	}

	public Long getModelId() {
		return modelId;
	}

	public boolean isForEveryModel() {
		return modelId == null;
	}

	public String getPattern() {
		return pattern;
	}

	public String getExample() {
		return example;
	}

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}
}
