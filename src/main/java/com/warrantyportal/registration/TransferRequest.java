package com.warrantyportal.registration;

import java.math.BigDecimal;
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

/** A second owner's request to take over a unit that is registered to someone else. */
@Entity
@Table(name = "transfer_request")
public class TransferRequest {

	public enum Status {
		PENDING, ACCEPTED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "from_registration_id", nullable = false)
	private Long fromRegistrationId;

	@Column(name = "requester_id", nullable = false)
	private Long requesterId;

	@Column(name = "purchase_date", nullable = false)
	private LocalDate purchaseDate;

	@Column(nullable = false)
	private String retailer;

	private BigDecimal price;

	@Column(name = "proof_file_id")
	private Long proofFileId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Version
	private long version;

	protected TransferRequest() {
	}

	TransferRequest(Long unitId, Long fromRegistrationId, Long requesterId, LocalDate purchaseDate, String retailer,
			BigDecimal price, Long proofFileId, Instant createdAt) {
		this.unitId = unitId;
		this.fromRegistrationId = fromRegistrationId;
		this.requesterId = requesterId;
		this.purchaseDate = purchaseDate;
		this.retailer = retailer;
		this.price = price;
		this.proofFileId = proofFileId;
		this.createdAt = createdAt;
	}

	void decide(Status decision, String by, Instant when) {
		if (status != Status.PENDING) {
			throw new IllegalStateException("This transfer was already decided");
		}
		this.status = decision;
		this.decidedBy = by;
		this.decidedAt = when;
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getFromRegistrationId() {
		return fromRegistrationId;
	}

	public Long getRequesterId() {
		return requesterId;
	}

	public LocalDate getPurchaseDate() {
		return purchaseDate;
	}

	public String getRetailer() {
		return retailer;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public Long getProofFileId() {
		return proofFileId;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
