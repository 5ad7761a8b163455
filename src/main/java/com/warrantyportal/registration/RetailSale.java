package com.warrantyportal.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit a retailer sold and registered for its buyer: an invitation to the buyer's address until they accept it,
 * which registers the product to them with the retailer's facts (date, retailer, price, receipt reference).
 */
@Entity
@Table(name = "retail_sale")
public class RetailSale {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "api_client_id", nullable = false)
	private Long apiClientId;

	@Column(nullable = false)
	private String retailer;

	@Column(name = "model_id", nullable = false)
	private Long modelId;

	@Column(name = "serial_display", nullable = false)
	private String serial;

	@Column(name = "purchase_date", nullable = false)
	private LocalDate purchaseDate;

	private BigDecimal price;

	@Column(name = "receipt_reference")
	private String receiptReference;

	@Column(name = "buyer_email", nullable = false)
	private String buyerEmail;

	@Column(name = "invitation_hash", nullable = false)
	private String invitationHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "accepted_by")
	private Long acceptedBy;

	@Column(name = "registration_id")
	private Long registrationId;

	@Version
	private long version;

	/** Where a sale stands, as the retailer reads it. */
	public enum State {
		INVITED, ACCEPTED, EXPIRED
	}

	protected RetailSale() {
	}

	RetailSale(long apiClientId, String retailer, long modelId, String serial, LocalDate purchaseDate, BigDecimal price,
			String receiptReference, String buyerEmail, String invitationHash, Instant createdAt, Instant expiresAt) {
		this.apiClientId = apiClientId;
		this.retailer = retailer;
		this.modelId = modelId;
		this.serial = serial;
		this.purchaseDate = purchaseDate;
		this.price = price;
		this.receiptReference = receiptReference;
		this.buyerEmail = buyerEmail;
		this.invitationHash = invitationHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public State stateAt(Instant now) {
		return acceptedAt != null ? State.ACCEPTED : now.isBefore(expiresAt) ? State.INVITED : State.EXPIRED;
	}

	/** Whether this account's address is the one the retailer gave (addresses compare ignoring case). */
	public boolean isFor(String email) {
		return buyerEmail.equalsIgnoreCase(email);
	}

	/** The buyer accepted: the product is theirs (or a transfer was asked of its current owner). */
	void accept(long ownerId, Long registrationId, Instant at) {
		if (acceptedAt != null) {
			throw new IllegalStateException("Sale " + id + " was accepted already");
		}
		this.acceptedAt = at;
		this.acceptedBy = ownerId;
		this.registrationId = registrationId;
	}

	public Long getId() {
		return id;
	}

	public Long getApiClientId() {
		return apiClientId;
	}

	public String getRetailer() {
		return retailer;
	}

	public Long getModelId() {
		return modelId;
	}

	public String getSerial() {
		return serial;
	}

	public LocalDate getPurchaseDate() {
		return purchaseDate;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public String getReceiptReference() {
		return receiptReference;
	}

	public String getBuyerEmail() {
		return buyerEmail;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Long getRegistrationId() {
		return registrationId;
	}

	public long getVersion() {
		return version;
	}
}
