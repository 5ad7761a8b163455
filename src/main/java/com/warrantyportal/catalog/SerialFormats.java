package com.warrantyportal.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The serial formats that apply to one model: the model's own first, then its manufacturer's formats for every model,
 * each group in the administrators' order. A serial is accepted when it has the shape of any of them, and any serial
 * is accepted when there are none. Pure Java.
 */
public final class SerialFormats {

	/** No format: every serial is accepted and none encodes a date. */
	public static final SerialFormats NONE = new SerialFormats(List.of());

	/** One applicable format: its compiled pattern and the example shown to owners (may be null). */
	public record Format(SerialPattern pattern, String example) {

		public Format {
			Objects.requireNonNull(pattern, "pattern");
		}
	}

	private final List<Format> formats;

	public SerialFormats(List<Format> formats) {
		this.formats = List.copyOf(formats);
	}

	/**
	 * The usable formats among saved ones, in the order given. A saved pattern that no longer compiles (one carried
	 * over from before RE2/J, say) is left out rather than refusing every serial: the administrators' page flags it.
	 */
	public static SerialFormats of(List<SerialFormat> saved) {
		return new SerialFormats(saved.stream().flatMap(format -> {
			SerialPattern.Parsed parsed = SerialPattern.parse(format.getPattern());
			return parsed.ok() ? java.util.stream.Stream.of(new Format(parsed.pattern(), format.getExample()))
					: java.util.stream.Stream.empty();
		}).toList());
	}

	public List<Format> formats() {
		return formats;
	}

	public boolean isEmpty() {
		return formats.isEmpty();
	}

	/** Whether the normalised serial has the shape of one of the formats; true when there is no format. */
	public boolean accepts(String serialKey) {
		return formats.isEmpty() || formats.stream().anyMatch(format -> format.pattern().matches(serialKey));
	}

	/** The manufacture date given by the first format that matches the normalised serial and decodes a date. */
	public Optional<LocalDate> manufactureDate(String serialKey) {
		return formats.stream()
			.map(format -> format.pattern().decode(serialKey))
			.filter(SerialPattern.Decoding::hasDate)
			.map(SerialPattern.Decoding::date)
			.findFirst();
	}

	/** The formats' examples as owners see them, {@code 2411NF00042 or BL24000777}; empty when none has one. */
	public Optional<String> example() {
		List<String> examples = formats.stream()
			.map(Format::example)
			.filter(example -> example != null && !example.isBlank())
			.distinct()
			.toList();
		return examples.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ", examples));
	}
}
