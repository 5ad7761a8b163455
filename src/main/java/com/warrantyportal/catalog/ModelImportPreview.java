package com.warrantyportal.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What importing a catalogue file would do, line by line, before anything is saved: which models it creates, which
 * it updates (the fields that change, the terms version it adds), which stay as they are, and which lines it skips
 * and why. A file that cannot be read at all has no lines, only {@link #fileProblems()}.
 */
public record ModelImportPreview(List<Line> lines, List<CsvProblem> fileProblems) {

	public ModelImportPreview {
		lines = List.copyOf(lines);
		fileProblems = List.copyOf(fileProblems);
	}

	public enum Outcome {

		CREATE, UPDATE, UNCHANGED, ERROR
	}

	/** A field of an existing model that the line changes, with both values as the file writes them. */
	public record FieldChange(String field, String before, String after) {
	}

	/**
	 * One line's outcome. {@code modelId} is the existing model (UPDATE, UNCHANGED), {@code manufacturerId} the
	 * manufacturer the line names when known, {@code row} the model as read (null for unreadable lines),
	 * {@code addsTerms} the terms version the line adds (null when none), {@code problems} why an ERROR line is skipped.
	 */
	public record Line(int line, String manufacturer, String modelNumber, Outcome outcome, Long manufacturerId,
			Long modelId, ModelCsvRow row, List<FieldChange> changes, ModelCsvRow.Terms addsTerms,
			List<CsvProblem> problems) {

		public Line {
			changes = List.copyOf(changes);
			problems = List.copyOf(problems);
		}

		static Line error(ModelCsvLine read, Long manufacturerId, List<CsvProblem> problems) {
			return new Line(read.line(), read.manufacturer(), read.modelNumber(), Outcome.ERROR, manufacturerId, null,
					read.row(), List.of(), null, problems);
		}

		public boolean changesCatalogue() {
			return outcome == Outcome.CREATE || outcome == Outcome.UPDATE;
		}
	}

	public long count(Outcome outcome) {
		return lines.stream().filter(line -> line.outcome() == outcome).count();
	}

	public long creates() {
		return count(Outcome.CREATE);
	}

	public long updates() {
		return count(Outcome.UPDATE);
	}

	public long unchanged() {
		return count(Outcome.UNCHANGED);
	}

	public long errors() {
		return count(Outcome.ERROR);
	}

	/** Whether confirming would change the catalogue: the file is readable and some line creates or updates. */
	public boolean confirmable() {
		return fileProblems.isEmpty() && lines.stream().anyMatch(Line::changesCatalogue);
	}

	public List<Line> errorLines() {
		return lines.stream().filter(line -> line.outcome() == Outcome.ERROR).toList();
	}

	public List<Line> changeLines() {
		return lines.stream().filter(Line::changesCatalogue).toList();
	}

	/**
	 * A digest of everything the preview shows. Confirming recomputes the preview against the catalogue as it is
	 * then and applies it only when the digest is the same, so an administrator never applies what they did not see.
	 */
	public String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Line line : lines) {
				digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
			}
			digest.update(fileProblems.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
