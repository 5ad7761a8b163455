package com.warrantyportal.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

	/** A regular expression over the normalised serial, optionally with named groups year, week or month. */
	@Column(name = "serial_format")
	private String serialFormat;

	@Column(name = "serial_format_example")
	private String serialFormatExample;

	@Column(name = "keeps_registry")
	private boolean keepsRegistry;

	@Version
	private long version;

	protected Manufacturer() {
	}

	public Manufacturer(String name, String serialFormat, String serialFormatExample, boolean keepsRegistry) {
		this.name = name;
		this.serialFormat = serialFormat;
		this.serialFormatExample = serialFormatExample;
		this.keepsRegistry = keepsRegistry;
		if (serialFormat != null) {
			Pattern.compile(serialFormat);
		}
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Optional<Pattern> serialPattern() {
		return Optional.ofNullable(serialFormat).map(Pattern::compile);
	}

	public String getSerialFormat() {
		return serialFormat;
	}

	public String getSerialFormatExample() {
		return serialFormatExample;
	}

	public boolean isKeepsRegistry() {
		return keepsRegistry;
	}
}
