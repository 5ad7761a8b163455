package com.warrantyportal.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A spare part of a model: what an owner or a technician orders by part number once they know the model number.
 */
@Entity
@Table(name = "spare_part")
public class SparePart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "model_id", nullable = false)
	private Long modelId;

	@Column(name = "part_number", nullable = false)
	private String partNumber;

	@Column(nullable = false)
	private String name;

	/** The component of the model it belongs to, as named in the coverage lines; empty when it is not one. */
	private String component;

	private BigDecimal price;

	private String currency;

	@Version
	private long version;

	protected SparePart() {
	}

	public SparePart(Long modelId, String partNumber, String name, String component, BigDecimal price,
			String currency) {
		this.modelId = modelId;
		this.partNumber = partNumber;
		this.name = name;
		this.component = component;
		this.price = price;
		this.currency = price == null ? null : currency;
	}

	public Long getId() {
		return id;
	}

	public Long getModelId() {
		return modelId;
	}

	public String getPartNumber() {
		return partNumber;
	}

	public String getName() {
		return name;
	}

	public String getComponent() {
		return component;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public String getCurrency() {
		return currency;
	}

	@Override
	public String toString() {
		return partNumber + " " + name + (component == null ? "" : " (" + component + ")")
				+ (price == null ? "" : ", " + currency + " " + price.toPlainString());
	}
}
