package com.warrantyportal.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A brand that makes models. May publish a serial format and a registry of every serial it built. */
@Entity
@Table(name = "manufacturer")
public class Manufacturer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	/** Its serial formats, for every model and per model, in the order they are tried: see {@link SerialFormats}. */
	@OneToMany(mappedBy = "manufacturer", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position ASC, id ASC")
	private List<SerialFormat> serialFormats = new ArrayList<>();

	@Column(name = "keeps_registry")
	private boolean keepsRegistry;

	private String website;

	@Column(name = "support_email")
	private String supportEmail;

	@Column(name = "support_phone")
	private String supportPhone;

	@Version
	private long version;

	protected Manufacturer() {
	}

	/** A manufacturer with one serial format for all its models (none when {@code serialFormat} is null). */
	public Manufacturer(String name, String serialFormat, String serialFormatExample, boolean keepsRegistry) {
		this.name = name;
		this.keepsRegistry = keepsRegistry;
		if (serialFormat != null) {
			addSerialFormat(null, serialFormat, serialFormatExample, null);
		}
	}

	/** A manufacturer as an administrator first enters it: who it is, how owners reach it, whether it keeps a registry. */
	public Manufacturer(String name, String website, String supportEmail, String supportPhone, boolean keepsRegistry) {
		describe(name, website, supportEmail, supportPhone, keepsRegistry);
	}

	/** Changes who the manufacturer is and how to reach it. */
	public void describe(String name, String website, String supportEmail, String supportPhone,
			boolean keepsRegistry) {
		this.name = name;
		this.website = website;
		this.supportEmail = supportEmail;
		this.supportPhone = supportPhone;
		this.keepsRegistry = keepsRegistry;
	}

	public String getWebsite() {
		return website;
	}

	public String getSupportEmail() {
		return supportEmail;
	}

	public String getSupportPhone() {
		return supportPhone;
	}

	public long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	/** Adds a serial format after the others; the pattern must be one {@link SerialPattern#parse} accepts. */
	SerialFormat addSerialFormat(Long modelId, String pattern, String example, String description) {
		int position = serialFormats.stream().mapToInt(SerialFormat::getPosition).max().orElse(-1) + 1;
		SerialFormat format = new SerialFormat(this, position, modelId, pattern, example, description);
		serialFormats.add(format);
		return format;
	}

	void removeSerialFormat(SerialFormat format) {
		serialFormats.remove(format);
	}

	public boolean isKeepsRegistry() {
		return keepsRegistry;
	}
}
