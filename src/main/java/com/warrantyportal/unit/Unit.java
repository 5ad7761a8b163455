package com.warrantyportal.unit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One physical item, known by its serial number. Ownership, claims, recalls and theft reports belong to it. */
@Entity
@Table(name = "unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "manufacturer_id", nullable = false)
	private Long manufacturerId;

	@Column(name = "model_id", nullable = false)
	private Long modelId;

	@Column(name = "serial_key", nullable = false)
	private String serialKey;

	@Column(name = "serial_display", nullable = false)
	private String serialDisplay;

	@Enumerated(EnumType.STRING)
	@Column(name = "serial_status", nullable = false)
	private SerialStatus serialStatus;

	@Column(name = "manufacture_date")
	private LocalDate manufactureDate;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Unit() {
	}

	public Unit(Long manufacturerId, Long modelId, SerialNumber serial, SerialStatus status,
			LocalDate manufactureDate, Instant createdAt) {
		this.manufacturerId = manufacturerId;
		this.modelId = modelId;
		this.serialKey = serial.key();
		this.serialDisplay = serial.display();
		this.serialStatus = status;
		this.manufactureDate = manufactureDate;
		this.createdAt = createdAt;
	}

	/** Staff settle the serial's status after checking it (the registry was out of date, a police report …). */
	public void settleStatus(SerialStatus status) {
		this.serialStatus = status;
	}

	/** Its owner or the police reported it stolen or lost. */
	public void reportStolen() {
		this.serialStatus = SerialStatus.STOLEN;
	}

	/** Found again: the status the registry gives it comes back. */
	public void recovered(SerialStatus statusWithoutTheft) {
		if (serialStatus != SerialStatus.STOLEN) {
			throw new IllegalStateException("Only a unit reported stolen can be recovered");
		}
		this.serialStatus = statusWithoutTheft;
	}

	public Long getId() {
		return id;
	}

	public Long getManufacturerId() {
		return manufacturerId;
	}

	public Long getModelId() {
		return modelId;
	}

	public SerialNumber getSerial() {
		return new SerialNumber(serialDisplay, serialKey);
	}

	public String getSerialDisplay() {
		return serialDisplay;
	}

	public SerialStatus getSerialStatus() {
		return serialStatus;
	}

	public LocalDate getManufactureDate() {
		return manufactureDate;
	}

	public long getVersion() {
		return version;
	}
}
