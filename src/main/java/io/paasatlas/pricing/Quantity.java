package io.paasatlas.estimate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A number typed as text, between {@link #min()} and {@link #max()} inclusive: digits with an optional decimal part,
 * no sign, no exponent, so that negative numbers, {@code NaN}, {@code Infinity}, {@code 1e9} and absurdly long input
 * are all rejected with the field's message, never a type mismatch. {@code null} means the field was not given (the
 * form fills it in first); blank is an error unless {@link #optional()}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Quantity.Validator.class)
@interface Quantity {

	String message();

	String min();

	String max();

	/** Whether only whole numbers are allowed. */
	boolean whole() default false;

	/** Whether blank means "none" rather than a missing value. */
	boolean optional() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the text against the annotation. */
	class Validator implements ConstraintValidator<Quantity, String> {

		private static final Pattern WHOLE = Pattern.compile("[0-9]{1,10}");

		private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,6})?|\\.[0-9]{1,6}");

		private BigDecimal min = BigDecimal.ZERO;

		private BigDecimal max = BigDecimal.ZERO;

		private boolean whole;

		private boolean optional;

		@Override
		public void initialize(Quantity annotation) {
			this.min = new BigDecimal(annotation.min());
			this.max = new BigDecimal(annotation.max());
			this.whole = annotation.whole();
			this.optional = annotation.optional();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			String text = value.strip();
			if (text.isEmpty()) {
				return this.optional;
			}
			if (!(this.whole ? WHOLE : DECIMAL).matcher(text).matches()) {
				return false;
			}
			BigDecimal number = new BigDecimal(text);
			return number.compareTo(this.min) >= 0 && number.compareTo(this.max) <= 0;
		}

	}

}
