package io.paasatlas.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import io.paasatlas.validation.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

/**
 * A form's list of provider slugs, checked as a whole with {@link SlugList#check}: every slug well formed, none
 * twice, {@link #min()} to {@link #max()} of them. A class-level constraint, because the rules concern the list after
 * splitting at commas, across the parameter's values. Each problem is its own violation, with the message
 * {@code codes + ".malformed"} (and so on) whose {@code {0}}, {@code {1}}, … are the problem's arguments, so that
 * every page that takes providers says the same thing. Whether a slug is in the catalog is not asked here: that is
 * a 404, the controller's answer.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProviderSlugs.Validator.class)
public @interface ProviderSlugs {

	/** Unused: each problem has its own message, under {@link #codes()}. */
	String message() default "";

	int min() default 1;

	int max();

	/** The message-code prefix: {@code compare.error}. */
	String codes();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** A form that names providers. */
	interface Form {

		/** Whether the request names providers at all; a form without them is not checked. */
		boolean given();

		/** The slugs in the order given, split at commas (see {@link SlugList#split}). */
		List<String> slugs();

	}

	/** Runs {@link SlugList#check} and turns each of its errors into a violation. */
	class Validator implements ConstraintValidator<ProviderSlugs, Form> {

		private int min = 1;

		private int max = 1;

		private String codes = "";

		@Override
		public void initialize(ProviderSlugs annotation) {
			this.min = annotation.min();
			this.max = annotation.max();
			this.codes = annotation.codes();
		}

		@Override
		public boolean isValid(Form form, ConstraintValidatorContext context) {
			if (!form.given()) {
				return true;
			}
			MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
			SlugList.check(form.slugs(), this.min, this.max, this.codes, errors);
			if (!errors.hasErrors()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			for (ObjectError error : errors.getGlobalErrors()) {
				Violations.add(context, null, Objects.requireNonNull(error.getCode()), error.getArguments());
			}
			return false;
		}

	}

}
