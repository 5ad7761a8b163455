package com.warrantyportal.unit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Extra months bought for one unit, added to every coverage line after the base terms (docs/domain.md). */
@Entity
@Table(name = "extended_plan")
public class ExtendedPlan {

	/** The most plans one unit may have. */
	public static final int MAX_PER_UNIT = 5;

	/** The most months one plan, or all plans of a unit together, may add. */
	public static final int MAX_MONTHS = 120;

	/** No plan was bought before this date. */
	public static final java.time.LocalDate EARLIEST_PURCHASE = java.time.LocalDate.of(1970, 1, 1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String name;

	private int months;

	@Column(name = "purchase_date", nullable = false)
	private LocalDate purchaseDate;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ExtendedPlan() {
	}

	ExtendedPlan(Long unitId, String name, int months, LocalDate purchaseDate, String createdBy, Instant createdAt) {
		if (months < 1 || months > 120) {
			throw new IllegalArgumentException("An extended plan adds 1 to 120 months");
		}
		this.unitId = unitId;
		this.name = name;
		this.months = months;
		this.purchaseDate = purchaseDate;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public int getMonths() {
		return months;
	}

	public LocalDate getPurchaseDate() {
		return purchaseDate;
	}

	public String getCreatedBy() {
		return createdBy;
	}
}
