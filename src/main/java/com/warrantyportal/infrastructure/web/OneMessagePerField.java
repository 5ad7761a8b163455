package com.warrantyportal.infrastructure.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Bean Validation for forms, keeping one message per field: an empty e-mail field says "Enter your e-mail address",
 * not that and "Enter an e-mail address like name@example.com" too. The message kept is the most basic one (a
 * missing value before a wrong length before a wrong shape), and a field the binder already refused (a date that
 * is not a date) keeps the binder's message alone. Every field is still checked, so all problems show at once, in
 * the order the form declares its fields (the order of the page, for the summary at its top).
 */
final class OneMessagePerField implements SmartValidator {

	/** Constraint codes in the order a person fixes them: fill the field in first, then fit it, then shape it. */
	private static final Map<String, Integer> RANK = Map.of("NotNull", 0, "NotBlank", 0, "NotEmpty", 0,
			"AssertTrue", 0, "Size", 1, "Max", 2, "Min", 2, "DecimalMax", 2, "DecimalMin", 2);

	private final SmartValidator validator;

	OneMessagePerField(SmartValidator validator) {
		this.validator = validator;
	}

	@Override
	public boolean supports(Class<?> type) {
		return validator.supports(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		validate(target, errors, new Object[0]);
	}

	@Override
	public void validate(Object target, Errors errors, Object... hints) {
		if (!(errors instanceof BindingResult bindingResult)) {
			validator.validate(target, errors, hints);
			return;
		}
		BeanPropertyBindingResult found = new BeanPropertyBindingResult(target, errors.getObjectName());
		validator.validate(target, found, hints);
		found.getGlobalErrors().forEach(bindingResult::addError);
		Map<String, FieldError> first = new LinkedHashMap<>();
		Set<String> refusedByBinder = Set.copyOf(errors.getFieldErrors().stream().map(FieldError::getField).toList());
		found.getFieldErrors()
			.stream()
			.filter(error -> !refusedByBinder.contains(error.getField()))
			.sorted(Comparator.comparing(OneMessagePerField::rank))
			.forEach(error -> first.putIfAbsent(error.getField(), error));
		List<String> order = declaredFields(target.getClass());
		first.values()
			.stream()
			.sorted(Comparator.comparing(error -> position(order, error.getField())))
			.forEach(bindingResult::addError);
	}

	/** The form's fields in the order its classes declare them (superclass first): mostly the page's order. */
	private static List<String> declaredFields(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			List<String> own = Arrays.stream(c.getDeclaredFields()).map(Field::getName).toList();
			names.addAll(0, own);
		}
		return names;
	}

	private static int position(List<String> order, String field) {
		int dot = field.indexOf('.');
		int bracket = field.indexOf('[');
		int end = dot < 0 ? bracket : (bracket < 0 ? dot : Math.min(dot, bracket));
		int index = order.indexOf(end < 0 ? field : field.substring(0, end));
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static int rank(FieldError error) {
		return error.getCode() == null ? 3 : RANK.getOrDefault(error.getCode(), 3);
	}
}
