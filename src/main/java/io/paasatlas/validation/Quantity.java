package io.paasatlas.validation;

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
 * form fills it in first); blank is an error unless {@link #optional()}. Every form's numbers use it, through the
 * quantity's own annotation where one exists ({@link MemoryMb}, {@link Instances}), so that a quantity has one limit.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Quantity.Validator.class)
public @interface Quantity {

	String message();

	String min();

	String max();

	/** Whether only whole numbers are allowed. */
	boolean whole() default false;

	/** Whether blank means "none" rather than a missing value. */
	boolean optional() default false;

	/** The most decimals allowed. */
	int scale() default 6;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the text against the annotation. */
	class Validator implements ConstraintValidator<Quantity, String> {

		private Pattern pattern = Pattern.compile("[0-9]{1,10}");

		private BigDecimal min = BigDecimal.ZERO;

		private BigDecimal max = BigDecimal.ZERO;

		private boolean optional;

		@Override
		public void initialize(Quantity annotation) {
			this.min = new BigDecimal(annotation.min());
			this.max = new BigDecimal(annotation.max());
			this.optional = annotation.optional();
			int scale = annotation.scale();
			this.pattern = (annotation.whole() || scale == 0) ? Pattern.compile("[0-9]{1,10}")
					: Pattern.compile("[0-9]{1,10}(\\.[0-9]{1," + scale + "})?|\\.[0-9]{1," + scale + "}");
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
			if (!this.pattern.matcher(text).matches()) {
				return false;
			}
			BigDecimal number = new BigDecimal(text);
			return number.compareTo(this.min) >= 0 && number.compareTo(this.max) <= 0;
		}

	}

}
