package io.paasatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;

import io.paasatlas.pricing.Area;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A comma-separated list of {@link Area} keys ({@code us-east,eu-west}): 1 to {@link #max()} of them, each known and
 * named once. Each kind of mistake has its own message.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AreaKeys.Validator.class)
public @interface AreaKeys {

	String message() default "{form.error.regions.count}";

	int max() default 12;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the list. */
	class Validator implements ConstraintValidator<AreaKeys, String> {

		private int max;

		@Override
		public void initialize(AreaKeys annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			if (value.length() > 400) {
				return reject(context, "{form.error.regions.count}");
			}
			String[] keys = value.split(",", -1);
			if (value.isBlank() || keys.length > this.max) {
				return reject(context, "{form.error.regions.count}");
			}
			Set<Area> seen = new HashSet<>();
			for (String key : keys) {
				Area area = Area.of(key).orElse(null);
				if (area == null) {
					return reject(context, "{form.error.regions.unknown}");
				}
				if (!seen.add(area)) {
					return reject(context, "{form.error.regions.duplicate}");
				}
			}
			return true;
		}

		private static boolean reject(ConstraintValidatorContext context, String template) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
			return false;
		}

	}

}
