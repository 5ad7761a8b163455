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
 * An owner's claim to a unit: when and where it was bought, and whether staff verified the proof. At most one
 * registration of a unit is active; {@code activeUnitId} carries the unit id only while active, so the database
 * refuses a second one.
 */
@Entity
@Table(name = "registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "active_unit_id")
	private Long activeUnitId;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(name = "purchase_date", nullable = false)
	private LocalDate purchaseDate;

	@Column(nullable = false)
	private String retailer;

	private BigDecimal price;

	@Column(name = "original_purchaser")
	private boolean originalPurchaser;

	@Column(name = "proof_verified")
	private boolean proofVerified;

	@Column(name = "registered_on", nullable = false)
	private LocalDate registeredOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "proof_file_id")
	private Long proofFileId;

	/** The new owner's own second-hand purchase, when this registration came by a transfer; null otherwise. */
	@Column(name = "acquired_on")
	private LocalDate acquiredOn;

	@Column(name = "acquired_from")
	private String acquiredFrom;

	@Column(name = "acquired_price")
	private BigDecimal acquiredPrice;

	@Column(name = "acquired_proof_file_id")
	private Long acquiredProofFileId;

	/** The owner's own photo of the serial label, from their device book. */
	@Column(name = "label_photo_file_id")
	private Long labelPhotoFileId;

	/** The owner's free notes in their device book, at most {@link #NOTES_MAX_LENGTH} characters. */
	private String notes;

	@Version
	private long version;

	public static final int NOTES_MAX_LENGTH = 2000;

	protected Registration() {
	}

	public Registration(Long unitId, Long ownerId, LocalDate purchaseDate, String retailer, BigDecimal price,
			boolean originalPurchaser, LocalDate registeredOn, Instant createdAt) {
		this.unitId = unitId;
		this.activeUnitId = unitId;
		this.ownerId = ownerId;
		this.purchaseDate = purchaseDate;
		this.retailer = retailer;
		this.price = price;
		this.originalPurchaser = originalPurchaser;
		this.registeredOn = registeredOn;
		this.createdAt = createdAt;
	}

	/**
	 * The registration of a later owner, by a transfer from {@code previous}: coverage belongs to the unit, so the first
	 * retail sale's facts (purchase date, retailer, price, receipt and whether it was verified, registration date) pass
	 * on unchanged and the new owner's own purchase is kept beside them as {@code acquired}.
	 */
	public static Registration transferred(Registration previous, Long newOwnerId, LocalDate acquiredOn,
			String acquiredFrom, BigDecimal acquiredPrice, Long acquiredProofFileId, Instant createdAt) {
		Registration next = new Registration(previous.unitId, newOwnerId, previous.purchaseDate, previous.retailer,
				previous.price, false, previous.registeredOn, createdAt);
		next.proofFileId = previous.proofFileId;
		next.proofVerified = previous.proofVerified;
		next.acquiredOn = acquiredOn;
		next.acquiredFrom = acquiredFrom;
		next.acquiredPrice = acquiredPrice;
		next.acquiredProofFileId = acquiredProofFileId;
		return next;
	}

	/** Whether this registration came by a transfer (its owner bought the unit second-hand). */
	public boolean isTransferred() {
		return acquiredOn != null;
	}

	public LocalDate getAcquiredOn() {
		return acquiredOn;
	}

	public String getAcquiredFrom() {
		return acquiredFrom;
	}

	public BigDecimal getAcquiredPrice() {
		return acquiredPrice;
	}

	/** The receipt the owner of this registration gave us themselves: theirs to download. */
	public Long getOwnProofFileId() {
		return ownProof(acquiredOn, proofFileId, acquiredProofFileId);
	}

	/** {@link #getOwnProofFileId()} of a registration read as a plain row. */
	static Long ownProof(LocalDate acquiredOn, Long proofFileId, Long acquiredProofFileId) {
		return acquiredOn != null ? acquiredProofFileId : proofFileId;
	}

	public void verifyProof() {
		this.proofVerified = true;
	}

	/** A new receipt replaces the old one; staff must verify it again. */
	/** The owner's receipt; on a transferred registration, the receipt of their own second-hand purchase. */
	public void attachProof(long fileId) {
		if (isTransferred()) {
			this.acquiredProofFileId = fileId;
			return;
		}
		this.proofFileId = fileId;
		this.proofVerified = false;
	}

	/**
	 * The owner corrects the purchase details. A changed purchase date no longer matches the verified receipt, so the
	 * proof goes back to unverified.
	 */
	/**
	 * The owner corrects their purchase. On a transferred registration that is their own second-hand purchase: the
	 * first sale, which dates the unit's coverage, is not theirs to change.
	 */
	public void correctPurchase(LocalDate newPurchaseDate, String newRetailer, BigDecimal newPrice) {
		if (isTransferred()) {
			this.acquiredOn = newPurchaseDate;
			this.acquiredFrom = newRetailer;
			this.acquiredPrice = newPrice;
			return;
		}
		if (!newPurchaseDate.equals(purchaseDate)) {
			this.proofVerified = false;
		}
		this.purchaseDate = newPurchaseDate;
		this.retailer = newRetailer;
		this.price = newPrice;
	}

	/** A new label photo replaces the one before. */
	public void attachLabelPhoto(long fileId) {
		this.labelPhotoFileId = fileId;
	}

	/**
	 * Replaces the owner's notes; blank notes are none. Line breaks count as one character, as in the page.
	 * @throws IllegalArgumentException when longer than {@link #NOTES_MAX_LENGTH}
	 */
	public void writeNotes(String text) {
		String kept = text == null ? "" : text.replace("\r\n", "\n").strip();
		if (kept.length() > NOTES_MAX_LENGTH) {
			throw new IllegalArgumentException("Notes of " + kept.length() + " characters");
		}
		this.notes = kept.isEmpty() ? null : kept;
	}

	public Long getLabelPhotoFileId() {
		return labelPhotoFileId;
	}

	public String getNotes() {
		return notes;
	}

	public void end(Instant when) {
		this.activeUnitId = null;
		this.endedAt = when;
	}

	public boolean isActive() {
		return activeUnitId != null;
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getOwnerId() {
		return ownerId;
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

	public boolean isOriginalPurchaser() {
		return originalPurchaser;
	}

	public boolean isProofVerified() {
		return proofVerified;
	}

	/**
	 * Whether owners see their warranty counted from the purchase date: as soon as a receipt is attached. The verdict
	 * on a claim still waits for staff to verify it (docs/domain.md, "Dates").
	 */
	public boolean countsFromPurchase() {
		return countsFromPurchase(proofVerified, proofFileId);
	}

	/** {@link #countsFromPurchase()} of a registration read as a plain row. */
	static boolean countsFromPurchase(boolean proofVerified, Long proofFileId) {
		return proofVerified || proofFileId != null;
	}

	public LocalDate getRegisteredOn() {
		return registeredOn;
	}

	public Long getProofFileId() {
		return proofFileId;
	}

	public long getVersion() {
		return version;
	}
}
