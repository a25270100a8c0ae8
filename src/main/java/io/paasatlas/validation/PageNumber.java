package io.paasatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;

/**
 * A 1-based page of a list as a query string gives it: a whole number from {@value #MIN} to {@value #MAX}, the one
 * limit of every paged list (the catalog table, the changes). A {@link Quantity} like the forms' other numbers, so
 * that it is read the same way.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Quantity(min = "" + PageNumber.MIN, max = "" + PageNumber.MAX, whole = true, message = "")
public @interface PageNumber {

	int MIN = 1;

	int MAX = 99_999;

	String message() default "{filter.page.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
