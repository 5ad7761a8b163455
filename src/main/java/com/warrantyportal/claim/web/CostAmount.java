package com.warrantyportal.claim.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** An amount of money on a decision: not negative, at most ten digits before the point and two after. */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@Digits(integer = 10, fraction = 2)
@ReportAsSingleViolation
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CostAmount {

	String message() default "{staff.approve.amount}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
