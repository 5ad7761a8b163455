package com.warrantyportal.unit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A line of a manufacturer's serial registry: a serial it built, of which model, made when, and (when the
 * manufacturer says) shipped when and where to. Registry files are loaded in bulk by {@link RegistryImports}.
 */
@Entity
@Table(name = "serial_registry_entry")
public class SerialRegistryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "manufacturer_id", nullable = false)
	private Long manufacturerId;

	@Column(name = "serial_key", nullable = false)
	private String serialKey;

	@Column(name = "serial_display", nullable = false)
	private String serialDisplay;

	@Column(name = "model_id", nullable = false)
	private Long modelId;

	@Column(name = "manufacture_date")
	private LocalDate manufactureDate;

	@Column(name = "ship_date")
	private LocalDate shipDate;

	private String region;

	/** When an import last added or changed this line; empty when entered otherwise. */
	@Column(name = "updated_at")
	private Instant updatedAt;

	/** The import that last added or changed this line. */
	@Column(name = "import_id")
	private Long importId;

	protected SerialRegistryEntry() {
	}

	public SerialRegistryEntry(Long manufacturerId, SerialNumber serial, Long modelId, LocalDate manufactureDate) {
		this.manufacturerId = manufacturerId;
		this.serialKey = serial.key();
		this.serialDisplay = serial.display();
		this.modelId = modelId;
		this.manufactureDate = manufactureDate;
	}

	public Long getModelId() {
		return modelId;
	}

	public LocalDate getManufactureDate() {
		return manufactureDate;
	}

	public String getSerialDisplay() {
		return serialDisplay;
	}

	public String getSerialKey() {
		return serialKey;
	}

	public LocalDate getShipDate() {
		return shipDate;
	}

	public String getRegion() {
		return region;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Long getImportId() {
		return importId;
	}
}
