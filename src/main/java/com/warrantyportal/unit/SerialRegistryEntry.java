package com.warrantyportal.unit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of a manufacturer's serial registry: a serial it built, of which model, made when. */
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
}
