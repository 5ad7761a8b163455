package com.warrantyportal.recall;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.warrantyportal.unit.Unit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A manufacturer's recall of some units of some models, for one component or all ({@code *}). */
@Entity
@Table(name = "recall_campaign")
public class RecallCampaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "manufacturer_id", nullable = false)
	private Long manufacturerId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String component;

	@Column(nullable = false)
	private String remedy;

	@Column(name = "serial_from")
	private String serialFrom;

	@Column(name = "serial_to")
	private String serialTo;

	@Column(name = "manufactured_from")
	private LocalDate manufacturedFrom;

	@Column(name = "manufactured_to")
	private LocalDate manufacturedTo;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "recall_campaign_model", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "model_id")
	private Set<Long> modelIds = new HashSet<>();

	@Column(name = "owners_notified")
	private Integer ownersNotified;

	@Version
	private long version;

	protected RecallCampaign() {
	}

	RecallCampaign(Long manufacturerId, String title, String component, String remedy, Set<Long> modelIds,
			String serialFrom, String serialTo, LocalDate manufacturedFrom, LocalDate manufacturedTo,
			LocalDate openedOn, String createdBy) {
		this.manufacturerId = manufacturerId;
		this.title = title;
		this.component = component;
		this.remedy = remedy;
		this.modelIds = new HashSet<>(modelIds);
		this.serialFrom = serialFrom;
		this.serialTo = serialTo;
		this.manufacturedFrom = manufacturedFrom;
		this.manufacturedTo = manufacturedTo;
		this.openedOn = openedOn;
		this.createdBy = createdBy;
	}

	/**
	 * Whether the open campaign covers the unit. A unit whose manufacture date is unknown is not taken to be inside a
	 * date range: staff see the campaign on the claim page and decide.
	 */
	public boolean covers(Unit unit) {
		return covers(Recalls.UnitFacts.of(unit));
	}

	/** {@link #covers(Unit)} of a unit read as plain facts. */
	public boolean covers(Recalls.UnitFacts unit) {
		if (!isOpen() || manufacturerId != unit.manufacturerId() || !modelIds.contains(unit.modelId())) {
			return false;
		}
		String serial = unit.serialKey();
		if (serialFrom != null && serial.compareTo(serialFrom) < 0) {
			return false;
		}
		if (serialTo != null && serial.compareTo(serialTo) > 0) {
			return false;
		}
		if (manufacturedFrom != null || manufacturedTo != null) {
			LocalDate made = unit.manufactured();
			if (made == null || (manufacturedFrom != null && made.isBefore(manufacturedFrom))
					|| (manufacturedTo != null && made.isAfter(manufacturedTo))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the open campaign may cover the unit but cannot tell: it is narrowed by manufacture dates and the unit's
	 * is unknown. Staff and the owner see it as "possibly affected".
	 */
	public boolean possiblyCovers(Unit unit) {
		return possiblyCovers(Recalls.UnitFacts.of(unit));
	}

	/** {@link #possiblyCovers(Unit)} of a unit read as plain facts. */
	public boolean possiblyCovers(Recalls.UnitFacts unit) {
		if ((manufacturedFrom == null && manufacturedTo == null) || unit.manufactured() != null) {
			return false;
		}
		if (!isOpen() || manufacturerId != unit.manufacturerId() || !modelIds.contains(unit.modelId())) {
			return false;
		}
		String serial = unit.serialKey();
		return (serialFrom == null || serial.compareTo(serialFrom) >= 0)
				&& (serialTo == null || serial.compareTo(serialTo) <= 0);
	}

	void ownersNotified(int owners) {
		this.ownersNotified = owners;
	}

	public Integer getOwnersNotified() {
		return ownersNotified;
	}

	/**
	 * Rewords an open campaign: its title and what owners get. Whom it covers stays as opened, so the owners told
	 * stay the ones it covers.
	 */
	void reword(String title, String remedy) {
		if (!isOpen()) {
			throw new IllegalStateException("A closed recall is not changed");
		}
		this.title = title;
		this.remedy = remedy;
	}

	void close(LocalDate on) {
		if (!isOpen()) {
			throw new IllegalStateException("This recall is already closed");
		}
		this.closedOn = on;
	}

	public boolean isOpen() {
		return closedOn == null;
	}

	public Long getId() {
		return id;
	}

	public Long getManufacturerId() {
		return manufacturerId;
	}

	public String getTitle() {
		return title;
	}

	public String getComponent() {
		return component;
	}

	public String getRemedy() {
		return remedy;
	}

	public Set<Long> getModelIds() {
		return Set.copyOf(modelIds);
	}

	public String getSerialFrom() {
		return serialFrom;
	}

	public String getSerialTo() {
		return serialTo;
	}

	public LocalDate getManufacturedFrom() {
		return manufacturedFrom;
	}

	public LocalDate getManufacturedTo() {
		return manufacturedTo;
	}

	public LocalDate getOpenedOn() {
		return openedOn;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public long getVersion() {
		return version;
	}
}
