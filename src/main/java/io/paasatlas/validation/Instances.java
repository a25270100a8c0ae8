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
 * Instances per region as a form types it: a whole number from {@value #MIN} to {@value #MAX}, the one limit of
 * every form that asks for it (the estimate, the advisor).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Quantity(min = "" + Instances.MIN, max = "" + Instances.MAX, whole = true, message = "")
public @interface Instances {

	int MIN = 1;

	int MAX = 1_000;

	String message() default "{form.error.instances}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
