package io.paasatlas.validation;

import java.text.NumberFormat;
import java.util.Locale;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Violations whose messages name what was wrong: for the constraints that check a form as a whole and report each
 * problem on its field. The message {@code {code}} gets the arguments as {@code {0}}, {@code {1}}, …, the same
 * message keys and arguments a Spring {@code Errors.rejectValue} would use.
 */
public final class Violations {

	private Violations() {
	}

	/**
	 * Adds the violation with the message {@code {code}}, on the field ({@code null}: the object as a whole). The
	 * caller disables the default violation once.
	 */
	public static void add(ConstraintValidatorContext context, @Nullable String field, String code,
			@Nullable Object @Nullable... arguments) {
		HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
		for (int i = 0; arguments != null && i < arguments.length; i++) {
			hibernate.addMessageParameter(Integer.toString(i), text(arguments[i]));
		}
		var builder = hibernate.buildConstraintViolationWithTemplate("{" + code + "}");
		if (field != null) {
			builder.addPropertyNode(field).addConstraintViolation();
		}
		else {
			builder.addConstraintViolation();
		}
	}

	/** An argument as the message shows it: numbers grouped as MessageFormat would ({@code 1,500}). */
	private static String text(@Nullable Object argument) {
		if (argument instanceof Number number) {
			return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
		}
		return String.valueOf(argument);
	}

}
