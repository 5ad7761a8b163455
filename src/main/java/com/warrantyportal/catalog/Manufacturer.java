package com.warrantyportal.catalog;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
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

	private String website;

	@Column(name = "support_email")
	private String supportEmail;

	@Column(name = "support_phone")
	private String supportPhone;

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

	public Optional<Pattern> serialPattern() {
		return Optional.ofNullable(serialFormat).map(Pattern::compile);
	}

	/** Whether a normalised serial has this manufacturer's shape; any serial does when it publishes no format. */
	public boolean acceptsSerial(String serialKey) {
		return serialPattern().map(p -> p.matcher(serialKey).matches()).orElse(true);
	}

	/**
	 * The manufacture date the serial encodes through the format's named groups {@code year} (2 or 4 digits) and
	 * {@code week} (ISO week, Monday) or {@code month} (the 1st); empty when the format encodes none or the digits
	 * make no date.
	 */
	public Optional<LocalDate> manufactureDateEncodedIn(String serialKey) {
		Optional<Pattern> pattern = serialPattern();
		if (pattern.isEmpty() || !serialFormat.contains("?<year>")) {
			return Optional.empty();
		}
		Matcher m = pattern.get().matcher(serialKey);
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			int year = Integer.parseInt(m.group("year"));
			year = year < 100 ? 2000 + year : year;
			if (serialFormat.contains("?<week>")) {
				int week = Integer.parseInt(m.group("week"));
				if (week < 1 || week > 53) {
					return Optional.empty();
				}
				return Optional.of(LocalDate.of(year, 1, 4)
					.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
					.with(DayOfWeek.MONDAY));
			}
			if (serialFormat.contains("?<month>")) {
				return Optional.of(LocalDate.of(year, Integer.parseInt(m.group("month")), 1));
			}
			return Optional.of(LocalDate.of(year, 1, 1));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
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
