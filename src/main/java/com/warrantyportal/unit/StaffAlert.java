package com.warrantyportal.unit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something staff must look at that is not a claim, such as an attempt to register a unit reported stolen. */
@Entity
@Table(name = "staff_alert")
public class StaffAlert {

	public static final String STOLEN_UNIT_REGISTRATION = "STOLEN_UNIT_REGISTRATION";

	public static final String UNIT_REPORTED_STOLEN = "UNIT_REPORTED_STOLEN";

	public static final String UNIT_RECOVERED = "UNIT_RECOVERED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "alert_type", nullable = false)
	private String alertType;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "account_id")
	private Long accountId;

	@Column(nullable = false)
	private String message;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	protected StaffAlert() {
	}

	StaffAlert(Instant occurredAt, String alertType, Long unitId, Long accountId, String message) {
		this.occurredAt = occurredAt;
		this.alertType = alertType;
		this.unitId = unitId;
		this.accountId = accountId;
		this.message = message;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getAlertType() {
		return alertType;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getMessage() {
		return message;
	}
}
