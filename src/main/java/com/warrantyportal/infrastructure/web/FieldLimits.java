package com.warrantyportal.infrastructure.web;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.PropertyDescriptor;

/**
 * The longest value a form field takes, read from the form object's {@code @Size}, so the page's {@code maxlength}
 * is the server's limit and the two cannot drift apart: the field fragments ask it for every text input.
 */
@TemplateHelper("fieldLimits")
public class FieldLimits {

	private final Validator validator;

	private final Map<String, OptionalInt> limits = new ConcurrentHashMap<>();

	public FieldLimits(Validator validator) {
		this.validator = validator;
	}

	/** The field's longest value, or {@code null} when the form sets none (then the page sets none either). */
	public Integer max(Object form, String field) {
		if (form == null || field == null || field.contains(".") || field.contains("[")) {
			return null;
		}
		OptionalInt max = limits.computeIfAbsent(form.getClass().getName() + "#" + field,
				key -> read(form.getClass(), field));
		return max.isPresent() ? max.getAsInt() : null;
	}

	private OptionalInt read(Class<?> type, String field) {
		PropertyDescriptor property = validator.getConstraintsForClass(type).getConstraintsForProperty(field);
		if (property == null) {
			return OptionalInt.empty();
		}
		return property.getConstraintDescriptors()
			.stream()
			.filter(constraint -> constraint.getAnnotation() instanceof Size)
			.mapToInt(constraint -> ((Size) constraint.getAnnotation()).max())
			.filter(max -> max < Integer.MAX_VALUE)
			.min();
	}
}
