package com.warrantyportal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.internal.ManufacturerRepository;
import com.warrantyportal.catalog.internal.ProductModelRepository;
import com.warrantyportal.catalog.internal.SerialFormatRepository;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' changes to manufacturers' serial formats: try a pattern on sample serials before saving it, add,
 * change and remove formats. Every change is audited on the manufacturer; trying samples changes nothing.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SerialFormatAdmin {

	public static final String AUDIT_TARGET = "MANUFACTURER";

	/** The audit actions of this class all start with this. */
	public static final String AUDIT_ACTION_PREFIX = "SERIAL_FORMAT_";

	/** Samples tried at once; each is a line of the form. */
	public static final int MAX_SAMPLES = 50;

	private final ManufacturerRepository manufacturers;

	private final SerialFormatRepository formats;

	private final ProductModelRepository models;

	private final AuditTrail audit;

	SerialFormatAdmin(ManufacturerRepository manufacturers, SerialFormatRepository formats,
			ProductModelRepository models, AuditTrail audit) {
		this.manufacturers = manufacturers;
		this.formats = formats;
		this.models = models;
		this.audit = audit;
	}

	/** A format as an administrator typed it: for one model of the manufacturer or, with no model, for every one. */
	public record Draft(Long modelId, String pattern, String example, String description) {
	}

	/** What is wrong with one field of a draft, in words. */
	public record Problem(String field, SerialPattern.Reason reason) {

		static Problem of(String field, String code, Object... args) {
			return new Problem(field, SerialPattern.Reason.of(code, args));
		}
	}

	/** One sample serial as typed, as compared, and what the draft's pattern makes of it. */
	public record Sample(String typed, String normalised, SerialPattern.Decoding decoding) {
	}

	/** The problems of a draft and, when its pattern compiles, what it makes of each sample. */
	public record Trial(List<Problem> problems, List<Sample> samples) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/**
	 * Checks a draft and tries its pattern on sample serials, one per line; saves nothing. {@code formatId} is the
	 * format being changed, or null for a new one.
	 */
	@Transactional(readOnly = true)
	public Trial test(long manufacturerId, Long formatId, Draft draft, String samples) {
		List<Problem> problems = problems(manufacturerId, draft, formatId);
		List<String> lines = samples == null ? List.of()
				: samples.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (lines.size() > MAX_SAMPLES) {
			problems.add(Problem.of("samples", "serialFormat.samples.tooMany", MAX_SAMPLES));
			lines = lines.subList(0, MAX_SAMPLES);
		}
		SerialPattern.Parsed parsed = SerialPattern.parse(draft.pattern());
		List<Sample> tried = !parsed.ok() ? List.of()
				: lines.stream().map(line -> {
					String key = normalise(line);
					return new Sample(line, key, parsed.pattern().decode(key));
				}).toList();
		return new Trial(problems, tried);
	}

	/** Adds a format after the manufacturer's others; returns the problems instead when the draft has any. */
	@Transactional
	public List<Problem> add(long manufacturerId, Draft draft, String actor) {
		List<Problem> problems = problems(manufacturerId, draft, null);
		if (!problems.isEmpty()) {
			return problems;
		}
		Manufacturer maker = manufacturers.findById(manufacturerId).orElseThrow();
		SerialFormat format = maker.addSerialFormat(draft.modelId(), draft.pattern(), draft.example(),
				draft.description());
		manufacturers.flush();
		audit.record(actor, AUDIT_ACTION_PREFIX + "ADDED", AUDIT_TARGET, manufacturerId,
				"Serial format #" + format.getId() + " " + describe(format));
		return List.of();
	}

	/**
	 * Changes a format, unless someone changed it since the administrator loaded it.
	 * @throws ObjectOptimisticLockingFailureException when {@code expectedVersion} is no longer current
	 */
	@Transactional
	public List<Problem> change(long manufacturerId, long formatId, long expectedVersion, Draft draft, String actor) {
		SerialFormat format = current(manufacturerId, formatId, expectedVersion);
		List<Problem> problems = problems(manufacturerId, draft, formatId);
		if (!problems.isEmpty()) {
			return problems;
		}
		String before = describe(format);
		format.describe(draft.modelId(), draft.pattern(), draft.example(), draft.description());
		formats.flush();
		audit.record(actor, AUDIT_ACTION_PREFIX + "CHANGED", AUDIT_TARGET, manufacturerId,
				"Serial format #" + formatId + " " + describe(format) + " (was " + before + ")");
		return List.of();
	}

	/**
	 * Removes a format, unless someone changed it since the administrator loaded it. Units already registered keep
	 * their manufacture dates.
	 * @throws ObjectOptimisticLockingFailureException when {@code expectedVersion} is no longer current
	 */
	@Transactional
	public void remove(long manufacturerId, long formatId, long expectedVersion, String actor) {
		SerialFormat format = current(manufacturerId, formatId, expectedVersion);
		String was = describe(format);
		manufacturers.findById(manufacturerId).orElseThrow().removeSerialFormat(format);
		manufacturers.flush();
		audit.record(actor, AUDIT_ACTION_PREFIX + "REMOVED", AUDIT_TARGET, manufacturerId,
				"Serial format #" + formatId + " " + was);
	}

	/** The serial-format changes made to the manufacturer, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long manufacturerId) {
		return audit.of(AUDIT_TARGET, manufacturerId)
			.stream()
			.filter(entry -> entry.getAction().startsWith(AUDIT_ACTION_PREFIX))
			.toList();
	}

	/**
	 * A serial as compared: capitals, spaces and dashes removed. The same rule as {@code unit.SerialNumber}, whose
	 * module depends on the catalogue, so the catalogue cannot call it (a test keeps the two equal); model numbers
	 * follow it too.
	 */
	static String normalise(String typed) {
		return ModelNumber.normalise(typed);
	}

	private SerialFormat current(long manufacturerId, long formatId, long expectedVersion) {
		SerialFormat format = formats.findOfManufacturer(manufacturerId, formatId)
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(SerialFormat.class, formatId));
		if (format.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(SerialFormat.class, formatId);
		}
		return format;
	}

	private List<Problem> problems(long manufacturerId, Draft draft, Long exceptFormatId) {
		List<Problem> problems = new ArrayList<>();
		if (draft.modelId() != null && models.findById(draft.modelId())
			.filter(model -> model.getManufacturerId().equals(manufacturerId))
			.isEmpty()) {
			problems.add(Problem.of("modelId", "serialFormat.model.unknown"));
		}
		SerialPattern.Parsed parsed = SerialPattern.parse(draft.pattern());
		if (!parsed.ok()) {
			problems.add(new Problem("pattern", parsed.problem()));
		}
		else if (formats.ofManufacturer(manufacturerId)
			.stream()
			.anyMatch(other -> !other.getId().equals(exceptFormatId) && other.getPattern().equals(draft.pattern())
					&& Objects.equals(other.getModelId(), draft.modelId()))) {
			problems.add(Problem.of("pattern", "serialFormat.pattern.duplicate"));
		}
		if (draft.example() == null || draft.example().isBlank()) {
			problems.add(Problem.of("example", "serialFormat.example.required"));
		}
		else if (parsed.ok() && !parsed.pattern().matches(normalise(draft.example()))) {
			problems.add(Problem.of("example", "serialFormat.example.noMatch", normalise(draft.example())));
		}
		return problems;
	}

	private String describe(SerialFormat format) {
		String scope = format.getModelId() == null ? "for every model"
				: "for model " + models.findById(format.getModelId()).map(ProductModel::getModelNumber).orElse("?");
		return scope + ": pattern " + format.getPattern() + ", example " + format.getExample()
				+ (format.getDescription() == null ? "" : ", note " + format.getDescription());
	}
}
