package com.warrantyportal.infrastructure.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a person could mean on a warranty form: from 1900 to 2999. An ISO date such as {@code -0001-01-01} or
 * {@code +999999999-12-31} parses, but is no purchase, failure or manufacture date, and the database cannot store
 * it. An empty date is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	LocalDate LATEST = LocalDate.of(2999, 12, 31);

	String message() default "{date.implausible}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
			return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
		}
	}
}
