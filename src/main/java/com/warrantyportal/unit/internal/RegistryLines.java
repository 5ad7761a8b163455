package com.warrantyportal.unit.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.warrantyportal.unit.SerialNumber;

import org.apache.commons.csv.CSVRecord;

/**
 * Checks one line of a registry file at a time and turns a good one into a {@link RegistryRow}: serial normalised
 * like {@link SerialNumber}, model number resolved in the manufacturer's catalogue, dates strictly
 * {@code yyyy-MM-dd}. Whether a serial appears twice is the import's business, not this class's. Built for a million
 * lines a run: model numbers and dates repeat, so what they resolve to is remembered.
 */
final class RegistryLines {

	static final int REGION_LENGTH = 64;

	private static final int CACHE_LIMIT = 10_000;

	private static final Long UNKNOWN = -1L;

	private final RegistryCsv.Columns columns;

	private final Map<String, Long> modelIdsByKey;

	private final UnaryOperator<String> modelNumberKey;

	private final Map<String, Long> modelIdsByText = new HashMap<>();

	private final Map<String, LocalDate> datesByText = new HashMap<>();

	/**
	 * @param modelIdsByKey the manufacturer's models by model number key
	 * @param modelNumberKey the key of a model number as typed, as the catalogue compares them
	 */
	RegistryLines(RegistryCsv.Columns columns, Map<String, Long> modelIdsByKey, UnaryOperator<String> modelNumberKey) {
		this.columns = columns;
		this.modelIdsByKey = modelIdsByKey;
		this.modelNumberKey = modelNumberKey;
	}

	/** What became of a line: a row to load, or why not. */
	sealed interface Checked permits Good, Bad {
	}

	record Good(RegistryRow row) implements Checked {
	}

	record Bad(RejectionReason reason, String detail) implements Checked {
	}

	Checked check(CSVRecord record) {
		if (record.size() != columns.count()) {
			return new Bad(RejectionReason.FIELD_COUNT, String.valueOf(record.size()));
		}
		String typedSerial = record.get(columns.serial());
		SerialNumber serial = serial(typedSerial);
		if (serial.isBlank()) {
			return new Bad(RejectionReason.EMPTY_SERIAL, null);
		}
		if (serial.display().length() > SerialNumber.MAX_LENGTH) {
			return new Bad(RejectionReason.SERIAL_TOO_LONG, serial.display());
		}
		String modelNumber = record.get(columns.modelNumber()).strip();
		if (modelNumber.isEmpty()) {
			return new Bad(RejectionReason.EMPTY_MODEL, null);
		}
		Long modelId = modelId(modelNumber);
		if (modelId.equals(UNKNOWN)) {
			return new Bad(RejectionReason.UNKNOWN_MODEL, modelNumber);
		}
		String made = record.get(columns.manufactureDate()).strip();
		LocalDate manufactureDate = date(made);
		if (manufactureDate == null && !made.isEmpty()) {
			return new Bad(RejectionReason.BAD_MANUFACTURE_DATE, made);
		}
		String shipped = columns.shipDate() < 0 ? "" : record.get(columns.shipDate()).strip();
		LocalDate shipDate = date(shipped);
		if (shipDate == null && !shipped.isEmpty()) {
			return new Bad(RejectionReason.BAD_SHIP_DATE, shipped);
		}
		if (shipDate != null && manufactureDate != null && shipDate.isBefore(manufactureDate)) {
			return new Bad(RejectionReason.SHIP_BEFORE_MANUFACTURE, shipped);
		}
		String region = columns.region() < 0 ? "" : record.get(columns.region()).strip();
		if (region.length() > REGION_LENGTH) {
			return new Bad(RejectionReason.REGION_TOO_LONG, region);
		}
		return new Good(new RegistryRow(serial.key(), serial.display(), modelId, manufactureDate, shipDate,
				region.isEmpty() ? null : region));
	}

	/**
	 * The serial as {@link SerialNumber#of} makes it, without its regular expressions for the usual serial of only
	 * letters and digits (the same result, many times faster).
	 */
	static SerialNumber serial(String typed) {
		boolean plain = !typed.isEmpty();
		boolean upper = true;
		for (int i = 0; i < typed.length() && plain; i++) {
			char c = typed.charAt(i);
			plain = c < 128 && Character.isLetterOrDigit(c);
			upper &= c < 'a' || c > 'z';
		}
		if (!plain) {
			return SerialNumber.of(typed);
		}
		return new SerialNumber(typed, upper ? typed : typed.toUpperCase(java.util.Locale.ROOT));
	}

	private Long modelId(String modelNumber) {
		Long id = modelIdsByText.get(modelNumber);
		if (id == null) {
			id = modelIdsByKey.getOrDefault(modelNumberKey.apply(modelNumber), UNKNOWN);
			remember(modelIdsByText, modelNumber, id);
		}
		return id;
	}

	/** The date written {@code yyyy-MM-dd}, or null when the text is empty or not such a date. */
	private LocalDate date(String text) {
		if (text.isEmpty()) {
			return null;
		}
		LocalDate date = datesByText.get(text);
		if (date == null) {
			date = isoDate(text);
			if (date != null) {
				remember(datesByText, text, date);
			}
		}
		return date;
	}

	/** A date written {@code yyyy-MM-dd} between the years 1000 and 9999, or null. */
	static LocalDate isoDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		// MySQL's DATE starts at year 1000.
		if (year < 1000 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static <V> void remember(Map<String, V> cache, String text, V value) {
		if (cache.size() >= CACHE_LIMIT) {
			cache.clear();
		}
		cache.put(text, value);
	}
}
