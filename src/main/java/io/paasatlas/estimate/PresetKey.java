package io.paasatlas.estimate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/** The key of a {@link WorkloadPreset}, or nothing (blank means no preset). */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PresetKey.Validator.class)
@interface PresetKey {

	String message() default "{estimate.error.preset}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Looks the key up among the presets. */
	class Validator implements ConstraintValidator<PresetKey, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || WorkloadPreset.of(value).isPresent();
		}

	}

}
