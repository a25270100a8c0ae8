package io.paasatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;

/**
 * Memory in MB as a form types it: a whole number from {@value #MIN} to {@value #MAX}, the one limit of every form
 * that asks for memory (the estimate's instances and database, the advisor). The bounds only keep input sane: a
 * size no provider offers is answered by the cost model ("cannot run"), not refused by the form.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Quantity(min = "" + MemoryMb.MIN, max = "" + MemoryMb.MAX, whole = true, message = "")
public @interface MemoryMb {

	/** 64 MB, the smallest instance any provider sells. */
	int MIN = 64;

	/** 1 TiB: above any instance or database a PaaS sells. */
	int MAX = 1_048_576;

	String message() default "{form.error.memoryMb}";

	/** Whether blank means "none" (no database) rather than a missing value. */
	@OverridesAttribute(constraint = Quantity.class, name = "optional")
	boolean optional() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
