package com.warrantyportal.registration.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.warrantyportal.registration.ProductImport;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.registration.RegistrationProblem;
import com.warrantyportal.unit.SerialNumber;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of an imported file into registrations: each row is read into the single-product form
 * ({@link ProductForm}, validated by its own annotations), its model found by model number, and the good rows handed to
 * {@link ProductImport}, which registers them as the form does; then every row gets its outcome in the owner's words.
 */
@Component
public class ProductImportRows {

	/** The order in which a row's problems are listed: as the columns of the file. */
	private static final List<String> FIELDS = List.of("modelId", "serial", "purchaseDate", "retailer", "price");

	private final ProductImport imports;

	private final Validator validator;

	private final MessageSource messages;

	ProductImportRows(ProductImport imports, Validator validator, MessageSource messages) {
		this.imports = imports;
		this.validator = validator;
		this.messages = messages;
	}

	/** What one row does, or would do. */
	public enum Outcome {

		REGISTER, TRANSFER, ALREADY_YOURS, PROBLEM
	}

	/** One row of the file with its outcome and, for the rows skipped, why. */
	public record Row(long number, String modelNumber, String serial, Outcome outcome, List<String> reasons) {
	}

	/** Every row of a file, in order. */
	public record Result(List<Row> rows) {

		public long count(Outcome outcome) {
			return rows.stream().filter(row -> row.outcome() == outcome).count();
		}

		public long registers() {
			return count(Outcome.REGISTER);
		}

		public long transfers() {
			return count(Outcome.TRANSFER);
		}

		public long alreadyYours() {
			return count(Outcome.ALREADY_YOURS);
		}

		public long problems() {
			return count(Outcome.PROBLEM);
		}

		public long skipped() {
			return alreadyYours() + problems();
		}

		/** Whether confirming would change anything: some row registers or asks for a transfer. */
		public boolean confirmable() {
			return registers() + transfers() > 0;
		}
	}

	/** What importing the file would do; nothing is saved. */
	Result preview(long ownerId, ProductImportFile file) {
		return run(ownerId, file, imports::tryOut);
	}

	/** Imports the file: every good row is registered, or asks for a transfer. */
	Result apply(long ownerId, ProductImportFile file) {
		return run(ownerId, file, imports::registerAll);
	}

	/** A row read into a registration, or the problems that keep it out. */
	private record Read(ProductImportFile.Row row, RegisterProduct command, List<String> problems) {
	}

	private Result run(long ownerId, ProductImportFile file,
			Function<List<RegisterProduct>, List<RegistrationOutcome>> register) {
		List<Read> reads = file.rows().stream().map(row -> read(ownerId, row)).toList();
		List<RegisterProduct> commands = reads.stream().filter(read -> read.command() != null)
			.map(Read::command).toList();
		List<RegistrationOutcome> outcomes = commands.isEmpty() ? List.of() : register.apply(commands);
		List<Row> rows = new ArrayList<>(reads.size());
		Map<String, Long> taken = new HashMap<>();
		int next = 0;
		for (Read read : reads) {
			ProductImportFile.Row row = read.row();
			if (read.command() == null) {
				rows.add(new Row(row.number(), row.modelNumber(), row.serial(), Outcome.PROBLEM, read.problems()));
				continue;
			}
			String unit = read.command().modelId() + " " + SerialNumber.of(row.serial()).key();
			rows.add(outcome(row, outcomes.get(next++), taken.get(unit)));
			if (rows.get(rows.size() - 1).outcome() != Outcome.PROBLEM) {
				taken.putIfAbsent(unit, row.number());
			}
		}
		return new Result(rows);
	}

	private Row outcome(ProductImportFile.Row row, RegistrationOutcome outcome, Long sameAsRow) {
		if (outcome instanceof RegistrationOutcome.Registered) {
			return new Row(row.number(), row.modelNumber(), row.serial(), Outcome.REGISTER, List.of());
		}
		if (outcome instanceof RegistrationOutcome.TransferRequested) {
			return new Row(row.number(), row.modelNumber(), row.serial(), Outcome.TRANSFER, List.of());
		}
		List<RegistrationProblem> problems = ((RegistrationOutcome.Refused) outcome).problems();
		if (problems.stream().anyMatch(p -> p.code().equals("product.serial.alreadyYours"))) {
			String reason = sameAsRow == null ? text("deviceImport.alreadyYours")
					: text("deviceImport.sameAsRow", sameAsRow);
			return new Row(row.number(), row.modelNumber(), row.serial(), Outcome.ALREADY_YOURS, List.of(reason));
		}
		return new Row(row.number(), row.modelNumber(), row.serial(), Outcome.PROBLEM,
				problems.stream().sorted(byField(RegistrationProblem::field)).map(p -> text(p.code(), p.args()))
					.toList());
	}

	/**
	 * Reads a row into the single-product form and checks it by the form's own rules; the model is found by its
	 * number, and a date or price that is not one is said as such.
	 */
	private Read read(long ownerId, ProductImportFile.Row row) {
		List<RegistrationProblem> problems = new ArrayList<>();
		ProductForm form = new ProductForm();
		if (!row.modelNumber().isEmpty()) {
			ProductImport.ModelMatch match = imports.findModel(row.manufacturer(), row.modelNumber());
			if (match.isFound()) {
				form.setModelId(match.model().getId());
			}
			else {
				problems.add(new RegistrationProblem("modelId", match.problem(), row.modelNumber(), row.manufacturer()));
			}
		}
		form.setSerial(row.serial());
		form.setRetailer(row.retailer());
		if (!row.purchaseDate().isEmpty()) {
			ProductImportFile.date(row.purchaseDate()).ifPresentOrElse(form::setPurchaseDate,
					() -> problems.add(new RegistrationProblem("purchaseDate", "deviceImport.date.invalid",
							row.purchaseDate())));
		}
		if (!row.price().isEmpty()) {
			ProductImportFile.price(row.price()).ifPresentOrElse(form::setPrice,
					() -> problems.add(new RegistrationProblem("price", "deviceImport.price.invalid", row.price())));
		}
		List<String> reasons = new ArrayList<>();
		List<ConstraintViolation<ProductForm>> violations = validator.validate(form).stream()
			.filter(v -> problems.stream().noneMatch(p -> p.field().equals(v.getPropertyPath().toString())))
			.sorted(byField(v -> v.getPropertyPath().toString()))
			.toList();
		List<RegistrationProblem> all = new ArrayList<>(problems);
		all.sort(byField(RegistrationProblem::field));
		all.forEach(p -> reasons.add(text(p.code(), p.args())));
		for (ConstraintViolation<ProductForm> violation : violations) {
			Object constraint = violation.getConstraintDescriptor().getAnnotation();
			// A required cell left empty is said as missing from the row, not as a field to fill in.
			reasons.add(constraint instanceof NotBlank || constraint instanceof NotNull
					? text("deviceImport.missing." + violation.getPropertyPath()) : violation.getMessage());
		}
		if (!reasons.isEmpty()) {
			return new Read(row, null, reasons);
		}
		return new Read(row, new RegisterProduct(ownerId, form.getModelId(), form.getSerial(), form.getPurchaseDate(),
				form.getRetailer(), form.getPrice(), null), List.of());
	}

	private static <T> Comparator<T> byField(Function<T, String> field) {
		return Comparator.comparingInt(item -> FIELDS.indexOf(field.apply(item)));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
